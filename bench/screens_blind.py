"""Screens understood, blind set: the app's pipeline on cases written without reading the parser.

    .venv/bin/python bench/screens_blind.py [--set blindgen|blindgen2|…|blindgen18]
                                            [--out DIR] [--json] [--case KEY ...]

Cases come from tests/blindgen (own HTML/CSS, own skins and wordings; nobody tuned the parser on
them), or with --set blindgen2 from tests/blindgen2 (a second blind set: another generator, other
apps and wordings; report only), or with --set blindgen3 from tests/blindgen3 (a third blind set:
its own generator, phones, apps and wordings; report only), or with --set blindgen4 from
tests/blindgen4 (a fourth blind set: Pixel, EMUI 9, ZenUI, Xperia and iOS 16 phones, WeChat in
English, 快手, TIM, 闲鱼, B站, service and Telegram-like chats; report only), or with --set
blindgen5 from tests/blindgen5 (a fifth blind set: a carrier-built Android, a 老人机, a foldable,
Material You; 陌陌, Soul, 知乎, 贴吧, 抖音 comments, 朋友圈, a 服务号, cropped, circled and
photographed screens, traditional characters; report only), or with --set blindgen6 from
tests/blindgen6 (a sixth blind set: Nothing-like, HiOS-like, AOSP dark and LineageOS-like phones;
lock-screen notifications, incoming-call screens, 106 chatbot 5G messages, a mail client with a
律师函, a dark WeChat-like chat and group, merged-forward chat records; report only), or with --set
blindgen7 from tests/blindgen7 (a seventh blind set: an iPad-like split tablet, a desktop
WeChat-like window, Coolpad-like, e-ink and Sharp-like phones; 彩信, 语音信箱 transcripts,
a 来电录音 list, a shop customer-service chat, a 反诈 missed-call list and a LINE-like
chat; report only), or with --set blindgen8 from tests/blindgen8 (an eighth blind set: an
Android 4 holo-dark phone, a KaiOS-like feature phone, a Redmi-Go-like lite Android and a
large-type HarmonyOS-4-like phone; a 骚扰拦截 blocker page, a number's detail page with a crowd
tag, a school 家长群, a QQ-空间-like 留言板, 视频号 DMs and a screenshot framed in a chat; report
only), or with --set blindgen9 from tests/blindgen9 (a ninth blind set: Funtouch-like, old
TouchWiz-like, Honor-like dark and iOS-18-like dark phones; a 新的朋友 list of collectors'
verification lines, 引用 replies, voice-to-text bubbles, revoked lines, a 骚扰短信 folder, one
number's call details and a log grouped by contact; report only), or with --set blindgen10
from tests/blindgen10 (a tenth blind set: a gaming phone, Sailfish-like, Ubuntu-Touch-like and
iOS-6-like skeuomorphic phones; dual-SIM logs with 卡1/卡2, HD and 归属地, voice-call bubbles,
a notification shade, a WhatsApp-like chat, 脉脉-like and Boss直聘-like DMs to a colleague,
京东-like and 拼多多-like service chats, 闪信 pop-ups, forged 律师函 / 仲裁通知 photos; report
only), or with --set blindgen11
from tests/blindgen11 (an eleventh blind set: Moto-like, Fairphone-like, ROG-like and
BlackBerry-like phones, a round watch, a tablet's synced SMS and a PC 投屏 window; Messenger-like
and Signal-like chats, a shop chat with the lender's 客服, a QQ邮箱-like mail, a call log with
photos and 响铃x秒, a 拦截记录, 家族群 posts, forged 传票 photos; report only), or with --set
blindgen12 from tests/blindgen12 (a twelfth blind set: Metro-like, HTC-Sense-like, Infinix-XOS-like
and iOS-12-like phones, a landscape shot, a split screen, a floating 小窗 and a gallery viewer
showing an older shot; KakaoTalk-, Viber-, Zalo- and Discord-like chats, a 贝壳-like housing chat,
a 旺旺-like shop 客服, 网易云-like 私信, 豆邮, a 云闪付-like notice centre, a notification history,
an SMS search list, a recorded call's transcript with an AI summary, a 12321-like receipt; 170/171
and 95 numbers, landlines with 转, one collector on two numbers; report only), or with --set
blindgen13 from tests/blindgen13 (a thirteenth blind set: LG-UX-like, Xiaomi-like 第二空间,
Android-One-like phones and an Android-Go tablet, a CarPlay-like car screen reading an SMS
aloud, a printed screenshot photographed with moiré, a long capture with a seam, a call log ringed
in red; a chat-history search, 企业微信-like 新的客户 notes, 朋友圈-like posts, a QQ邮箱-like
mail, 抖音-like comments, an official RCS card from 1069, English crowd tags, voicemail-to-text,
Blocked contact pages; Teochew and Cantonese wording, full-width digits, a collector posing as
police; report only), or with --set blindgen14 from tests/blindgen14 (a fourteenth blind set: a
Tizen-like Samsung, an iOS-7-flat-like phone, a photographed 老人机 and a dark-mode tablet;
WhatsApp-, Instagram- and X-like DMs, a shop 客服 who collects, AI call-assistant transcripts,
voice bubbles with 转文字; 东北话 and 四川话; report only), or with --set blindgen15 from
tests/blindgen15 (a fifteenth blind set,
mostly drawn with Pillow: Gingerbread-like, Symbian-like, a HarmonyOS-4-like drawer and a
Phone-Link-like desktop window; Slack-, Skype-, Snapchat-, QQ空间- and 58同城-like chats, an
Outlook-like mail, 12381 and 反诈 pages, a call-screening log, stitched, landscape and
angled-photo shots; report only), or with --set blindgen16 from tests/blindgen16 (a sixteenth
blind set, drawn with Pillow from blocks: OxygenOS-, Flyme-9-, liquid-glass-iOS-, Windows-10-Mobile-
and MeeGo-like phones; SMS, RCS grouped by minute, Lark-, 小红书- and 生活号-like chats, WeChat with
拍一拍 and voice-call lines, a carrier's 通话详单 table, a 360-like tag page, an exported chat page;
Minnan and Hunan wording, split words and hk/txl shorthand; report only), or with --set blindgen17
from tests/blindgen17 (a seventeenth blind set, HTML pages shot by Chromium: One-UI-7-, Realme-UI-,
Pixel-9-, BlackShark- and rounded-ColorOS-like phones and a landscape tablet; SMS inboxes with cut
previews, a 拦截 folder, call logs with "(n)" and tags, a 来电识别 overlay, stacked lock-screen
banners, 企业微信-like, DING, 微博 陌生人, 抖音 消息请求, 今日头条-like comments, a courier chat,
an insurance robot, a chat saved as 催收-勿接 in a stitched capture, family and work groups; 东北,
河南 and 天津 wording, yq/hk/sfz, 繁体 replies; report only), or with --set blindgen18 from
tests/blindgen18 (an eighteenth blind set, drawn with Pillow from its own blocks in Noto Sans and
Serif: older-MIUI-, dark-MagicOS-9-, Nokia-X-tiles-, EMUI-5-, gold-luxury- and iPhone-like phones;
dual-SIM SMS with 卡1/卡2, an English call screener with Chinese names, a grouped notification
centre, QQ 引用 replies, a family group joined by QR code with 转文字, an office group with
@所有人, iMessage-like 已送达, a mail with a 催收函, a fake court's 106 short link, a collector's
feed post; Cantonese, Sichuanese and Shanghainese lines, 壹万贰 and 12k; report only), or with --set
blindgen19 from tests/blindgen19 (a nineteenth blind set, HTML with its own CSS shot by Chromium at
scale 2 or 3, finished in Pillow: Nothing-like dot-matrix, Motorola-Hello-, Tecno-HiOS-,
iQOO-OriginOS-5-, HarmonyOS-NEXT-capsule- and 720 px Android-Go-like phones; WeChat 新的朋友 with
collectors' verification lines, 转账/红包 cards and 拍了拍, 聊天信息 with 催收-勿接, a Soul-like
stranger, a 闲鱼-like chat with a product card, AI call-assistant transcripts, a 通话录音 list, a
12-digit 【signed】 sender, a 12321 receipt; 山东/河北 wording, 陆仟伍佰元, 6.8k, ¥6,800.00;
stitched, ringed, highlighted, mosaicked, cropped and forwarded; report only), or with --set
blindgen21 from tests/blindgen21 (a twenty-first blind set, SVG drawn by its own code and shot by
Chromium, touched up with Pillow: ColorOS-13-, round-clock Flyme-, dark HyperOS-2- and iOS-12-like
phones, a foldable's two panes and a landscape shot; 快手- and B站-like DMs, a collector posing as a
美团-like rider, 视频号-like comments, a 钉钉-like chat with 已读/未读, a 骚扰拦截 summary,
voicemail transcripts, signed 400/95 SMS, a notice on a door, a relatives' group with
@-mentions; 江浙, 陕西 and 湖北 wording; report only), or with --set blindgen20 from
tests/blindgen20 (a twentieth blind set, drawn with Pillow from its own primitives, then aged:
Samsung-One-UI-5-, stock-Android-14-, vivo-, HarmonyOS-3- and Sony-like phones and a kids'
feature phone; WhatsApp-like chats in 繁體 with English words, Telegram-like chats with a bot
and «转发自», a Line-like chat, 畅连 video calls, a call log grouped by day with «(4)» and
疑似骚扰, a spam folder, a carrier's 通话记录查询 page, a card «标记为: 催收»; screens
photographed by another phone, forwarded at 60% in JPEG 55,
stitched, ringed, cropped and mosaicked; report only), or with --set blindgen23
from tests/blindgen23 (a twenty-third blind set drawn with Pillow at 828–1440 px: smart-SMS
bill cards, a 通知类短信 folder, a mini program's 还款提醒, chats with call lines and a forged
«曝光» poster, 收藏, a contact's 通话记录, a tablet's two-pane log, a 来电秀 call, a mother's SMS
forwarded as a picture in a chat; 苏北 wording; report only), or with --set blindgen22 from
tests/blindgen22 (a twenty-second blind set, HTML with its own CSS shot by Chromium, then grayscale,
inverted, eye-comfort, large-font and dark display settings: an open keyboard with a half-typed
reply, a notification shade, a video-call window, an assist ball and a recording pill over chats, a
通讯录 with 标签 groups, a contacts list with tags and call counts, a printed notice sent as a
picture, a «债务处理中心» H5 portal, masked contact lists; 四邑, 邵阳, 安徽 and 许昌 wording,
pinyin evasions, 4k5 and 肆仟伍; report only), or with --set blindgen24 from tests/blindgen24 (a
twenty-fourth blind set drawn with Pillow on its own four skins, two dark: SMS threads and inboxes,
call logs with «(n)», tags and 归属地, a number's call page, lock-screen banners, a loan app's bill,
chats timed 昨天/周X/N分钟前, family and work groups a collector joins, a relative's screenshot
forwarded in a chat, photographed forged 律师函 and court notices; 贵州, 甘肃, 东北 and 四川
wording with yq/hk/txl; report only), or with --set blindgen25 from tests/blindgen25 (a
twenty-fifth blind set, HTML with its own CSS shot by Chromium at scale 2 or 3 on iOS- and
Android-like light and dark skins: SMS with RCS 快捷回复 chips and 106/95 lender notices, inboxes
with cut previews, call logs grouped 今天/昨天/更早 with SIM badges, a relative's page of one
number, lock-screen banners, a 抖音-like 消息请求, chats with 语音转文字, family, work and
drivers' groups with 群公告, relatives' cropped screenshots forwarded in chats, bills with 逾期
banners, a 12321 receipt, photographed 律师函/仲裁/催告 papers; 河北, 内蒙古, 新疆 and 海南
wording, 伍仟/5k/4k/捌仟陆佰肆拾; report only), or with --set blindgen26 from tests/blindgen26 (a
twenty-sixth blind set drawn with Pillow on ColorOS-14-, dark OriginOS-, MagicOS-8- and dark
One-UI-6-like skins: call logs with single and folded «(n)» rows, a number's 通话详情, a 拦截记录,
a hand-stitched 长截图 and two overlapping shots of one log, 【平台名】 SMS, split bubbles and voice
notes turned to text, night callers and night-only clocks; 赣语, 客家, 粤语 and 桂柳话
wording; report only), or with --set blindgen27 from tests/blindgen27 (a twenty-seventh
blind set, SVG pages shot by Chromium on iOS-17-large-title-, dark HarmonyOS-4-, Material-You- and
Flyme-10-like skins, many photographed, shown in a gallery viewer, shrunk to 600–720 px or covered
by a 小窗 or a half-drawn banner: collectors posing as a courier, a court clerk and an old
classmate, one saved as «还款提醒», 106/95 senders and landlines, QQ-, 钉钉- and 闲鱼-like chats,
relatives' groups that quote the collector and forward their own captures; 东北, 山东 and 吴语
wording, 伍仟/5k/4千5/陆仟捌佰; report only), or with --set blindgen28 from tests/blindgen28 (a
twenty-eighth blind set, HTML with its own CSS shot by Chromium on HyperOS-2-like, RedMagic-like
dark, iOS-18-Messages-with-photos and moss-green skins, a third aged as a laptop photo, heavy JPEG,
a crop, a stitched 长截图 or a capture forwarded in a chat: 106/95 lender SMS and a bill, SMS
threads where the borrower answers at length, logs with «(n)», tags and 归属地, a number's page,
lock banners, 企业微信-, 飞书-, 抖音-, 支付宝- and colour-only 微博-like chats, groups a collector
joins as «王姐» or renames himself in, an ID and contact list posted, forged 律师函/调解 papers;
中原官话, 晋语, 陕西 wording, 伍仟/2.3w/7.8k/壹万零肆佰; report only), or with --set blindgen29 from
tests/blindgen29 (a twenty-ninth blind set drawn with Pillow on MagicOS-9-, OriginOS-5-,
dark iQOO- and iPhone-like skins at large and small type: SMS with a 服务号 bill card,
logs folded «(n)» or one row a call and shot twice, a number's page, a 360-like 骚扰拦截
page, a carrier's 通话详单 of night calls, a QQ-like dark chat, a 钉钉-like DING, family
and work groups a collector joins, relatives' logs forwarded in chats, lock banners,
photographed, twice-recompressed and crop-editor shots; 川渝, 云贵 and 西北 wording;
report only), or with --set blindgen30 from tests/blindgen30 (a thirtieth blind set drawn with
Pillow on 720 px 荣耀/红米-like, iPhone-SE-like, foldable two-pane, landscape tablet, 大字 and 护眼
skins: 漏话提醒 SMS and cards, a 拦截记录, a 小号 app's «共7通», logs shot twice, a relative's
number page «响铃5次未接», Telegram-, WhatsApp-, 抖音- and 客服-like chats, groups a «法务» or
«律师» joins, 服务通知 and bills, a 备忘录 paste, a forward, a 长截图, photographed notices;
晋语 and 东北 wording; report only), or with --set blindgen31 from tests/blindgen31 (a thirty-first
blind set, HTML with its own CSS shot by Chromium on ColorOS-15-, dark One-UI-, HyperOS- and
iPhone-like phones: day-grouped, relative-time and iOS logs with «(n)», tags and 归属地, a number's
page, SMS threads and a 验证码/通知/推广 inbox, 106/95 lenders and a landline, family, work and
家长群 groups a collector joins, 闲鱼- and 陌陌-like chats, a 催收函 mail, lock banners, bills,
relatives' logs forwarded in chats, stitched, cropped, recompressed, moiré and paper photos;
吴语, 闽南, 粤语 and 湘语 wording; report only), or with --set blindgen32 from tests/blindgen32 (a
thirty-second blind set drawn with Pillow from its own primitives at 720–1440 px on iPhone-like,
card-row Android, dark violet and cream-and-saffron skins, a landscape tablet's messages and a PC
chat window: logs with one collector in separate rows and folded «(n)», a log in relative times
only, a number's page, 106/95/400 lenders and a landline, a collector posting the borrower's ID and
contacts, a family group he joins and renames himself in, long borrower replies, relatives' logs and
SMS forwarded in chats, photographed 律师函 and door notices; 闽东, 陕南 and 鄂西北 wording,
柒仟捌佰陆拾/1.04w/6.5k; report only), or with --set blindgen33 from tests/blindgen33 (a
thirty-third blind set, HTML with its own CSS shot by Chromium on an iOS-like light, a dark
Android, a large-font elder-mode and a green Android phone: an iOS «最近通话» with «(n)» and a
number's info page, logs with SIM badges, 归属地 and tags, inboxes mixing 106 lenders and
collectors' mobiles, long replies, 企业微信-like external chats with voice notes turned to text,
family groups a collector joins by QR code, stacked lock screens, bills, photographed forged
仲裁/传票/律师函/调解 papers, relatives' captures forwarded in chats, stitched, cropped and
twice-recompressed shots; 客家, 鄂东, 滇东北 and 皖北 wording, hk/yq/txl, 柒仟叁佰捌拾/1.26w/5k;
report only). Each case's
screenshots go through exactly bench/screens_report.py's pipeline
(evidence.intake.process_paths with the default OCR engine → understanding.build.build_case) and
are scored by its score(): collector precision and recall, contacts marked as collectors, call
counts within ±10%, whole-quote recall, UI text in quotes/senders, conduct dates in the true span.
Collectors known only by a nickname (a QQ or WeChat name) count by that name.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from screens_report import _overall, _print, _ui_in, score  # noqa: E402

from drafting.quotes import letter_quotes  # noqa: E402
from evidence.intake import process_paths, successes_of  # noqa: E402
from settings import load_settings  # noqa: E402
from understanding.build import build_case  # noqa: E402
from understanding.roles import number_rows  # noqa: E402

SETS = (
    "blindgen", "blindgen2", "blindgen3", "blindgen4", "blindgen5", "blindgen6", "blindgen7",
    "blindgen8", "blindgen9", "blindgen10", "blindgen11", "blindgen12", "blindgen13", "blindgen14",
    "blindgen15", "blindgen16", "blindgen17", "blindgen18", "blindgen19", "blindgen20",
    "blindgen21", "blindgen22", "blindgen23", "blindgen24", "blindgen25", "blindgen26",
    "blindgen27", "blindgen28", "blindgen29", "blindgen30", "blindgen31", "blindgen32",
    "blindgen33",
)  # fmt: skip


def load_set(name: str) -> tuple[dict, dict, object, object]:
    """A blind set's CASES, PHONE, truth() and render_case() (tests/<name>/cases.py, render.py)."""
    cases = importlib.import_module(f"tests.{name}.cases")
    render = importlib.import_module(f"tests.{name}.render")
    return cases.CASES, cases.PHONE, cases.truth, render.render_case


def run_case(
    key: str, out_dir: Path, settings, blind_set: str = "blindgen"
) -> tuple[dict, list[dict]]:
    """Render, read and understand one case; its score and the app's number table."""
    cases, phone, truth, render_case = load_set(blind_set)
    paths = render_case(cases[key], out_dir, phone[key])
    start = time.perf_counter()
    items = process_paths(paths, settings)
    case = build_case(successes_of(items))
    seconds = time.perf_counter() - start
    data = truth(cases[key])
    rows = number_rows(case)
    table = [
        {"sender": r.sender, "role": r.role, "calls": r.calls, "is_number": r.is_number}
        for r in rows
    ]
    result = score(key, case, seconds, data)
    # score() looks for UI among collectors only; a tab bar taken for a caller of any role is
    # UI in the number table all the same.
    result["ui_senders_any_role"] = [
        r.sender for r in rows if _ui_in(r.sender, data["statuses"], data["tabs"])
    ]
    result["quotes_printed"] = len(letter_quotes(case))
    result["quotes_true"] = len(data["quotes"])
    return result, table


def main(argv: list[str] | None = None) -> int:
    """Run the blind set and print the table (and JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=SETS, default="blindgen", dest="blind_set")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--case", action="append", default=None)
    args = parser.parse_args(argv)
    cases = load_set(args.blind_set)[0]
    unknown = sorted(set(args.case or ()) - set(cases))
    if unknown:
        parser.error(f"no case {unknown} in {args.blind_set}; choose from {sorted(cases)}")
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="blindgen-"))
    settings = load_settings()
    scores, tables = [], {}
    for key in args.case or list(cases):
        result, tables[key] = run_case(key, out_dir, settings, args.blind_set)
        scores.append(result)
    _print("blind" if args.blind_set == "blindgen" else args.blind_set, scores)
    for s in scores:
        print(
            f"{s['case']}: UI as a sender of any role {len(s['ui_senders_any_role'])} "
            f"{s['ui_senders_any_role']}; quotes printed {s['quotes_printed']} of "
            f"{s['quotes_true']} true, not in truth {s['quotes_extra']}; "
            f"calls (found, true) {s['calls']}"
        )
    print("screens:", sum(s["screens"] for s in scores), "images in", out_dir)
    if args.json:
        print(json.dumps({"scores": scores, "overall": _overall(scores), "numbers": tables},
                         ensure_ascii=False, indent=1, default=str))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
