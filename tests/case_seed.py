"""The seeded case of the casefile tests: facts, evidence with entities, drafts, steps."""

from __future__ import annotations

from casefile.model import case_from_dict
from casefile.store import CaseStore

FACTS = {
    "version": 1,
    "borrower": {"name": "李某", "phone": "13800001111", "city": "杭州市"},
    "platform": {
        "name": "某某贷",
        "company": "某某网络小额贷款有限公司",
        "service_phone": "400-000-0000",
    },
    "loan": {"amount": 5000, "borrowed_on": "2024-11-01", "due_on": "2025-01-01"},
    "harassment": {
        "started_on": "2025-02-10",
        "last_on": "2025-02-20",
        "contacts_affected": 12,
        "channels": ["电话", "短信", "微信"],
        "collector_numbers": ["17000001234"],
        "threats": ["称要上门"],
    },
    "actions_taken": [{"on": "2025-02-11", "action": "联系平台客服", "result": "未答复"}],
    "third_parties": ["王小明"],
}
# (file, bytes, kind, text, entities, captured_on)
EVIDENCE = [
    (
        "calls_0212.png",
        b"\x89PNG call log 1",
        "call_log",
        "通话记录\n2025年2月12日\n17000001234 (3) 10:01\n疑似催收 呼入 1分2秒",
        {"phones": ["17000001234"], "dates": ["2025-02-12"], "times": ["10:01", "10:15", "10:30"]},
        "2025-02-12",
    ),
    (
        "calls_0213.png",
        b"\x89PNG call log 2",
        "call_log",
        "通话记录\n2025年2月13日\n17000005678 09:00\n骚扰电话 未接\n17000001234 09:05\n呼入 30秒",
        {
            "phones": ["17000005678", "17000001234"],
            "dates": ["2025-02-13"],
            "times": ["09:00", "09:05"],
        },
        "2025-02-13",
    ),
    (
        "sms_0212.png",
        b"\x89PNG sms 1",
        "sms",
        "信息\n2025年2月12日\n17000001234 11:00\n你朋友李某欠款不还，王小明请转告。\n"
        "13612345678 12:00\n妈妈：有人发短信说你欠钱",
        {
            "phones": ["17000001234", "13612345678"],
            "dates": [{"value": "2025-02-12", "raw": "2月12日"}],
            "times": ["11:00"],
            "names": ["王小明"],
        },
        "2025-02-12",
    ),
    (
        "chat_0214.png",
        b"\x89PNG chat 1",
        "chat",
        "再不还钱就上门 13912345678",
        {"phones": ["13912345678", "13800001111"], "dates": [], "times": ["20:00", "20:01"]},
        "2025-02-14",
    ),
]


def seed(store: CaseStore, title: str = "李某 · 某某贷") -> str:
    """Create the seeded case in `store`; returns its id."""
    case_id = store.create_case(title)
    store.save_facts(case_id, case_from_dict(FACTS))
    for filename, data, kind, text, entities, captured_on in EVIDENCE:
        store.add_evidence(
            case_id,
            filename,
            data,
            kind=kind,
            ocr_text=text,
            entities=entities,
            captured_on=captured_on,
            summary=f"{kind} {captured_on}" if kind == "call_log" else "",  # else: text
        )
    store.update_evidence(
        case_id, "E4", corrected_text="13912345678\n2025年2月14日 20:00\n再不还钱就上门！"
    )
    store.set_contact_roles(case_id, {"13612345678": "relative"})  # the borrower's mother
    store.add_draft(case_id, "platform", "旧版本", backend="template", checks={})
    store.add_draft(
        case_id,
        "platform",
        "我是李某（13800001111）。贵司催收人员使用 17000001234 骚扰我的 12 位联系人。",
        backend="llama",
        checks={"unsupported": []},
    )
    store.add_draft(
        case_id,
        "police",
        "报案人李某。催收号码 17000001234，打给我母亲 13612345678。",
        backend="template",
        checks={},
    )
    store.set_step(case_id, "evidence", "done")
    store.set_step(case_id, "platform", "done")
    return case_id
