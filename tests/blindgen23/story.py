"""One borrower's story as screens: the same acts, told with each case's own people and words."""

from __future__ import annotations

from datetime import datetime, timedelta

from tests.blindgen23.model import Call, Case, Msg, Screen

TALL = (1080, 2400)
HUGE = (1440, 3200)
SMALL = (828, 1792)
TABLET = (1920, 1200)


def at(text: str) -> datetime:
    return datetime.fromisoformat(f"2026-{text}")


def _name(style: str, when: datetime) -> str:
    return when.strftime(style)


def _weekday(when: datetime) -> str:
    """A day as a chat list prints one within the week: «周一 下午3:05»."""
    return f"周{'一二三四五六日'[when.weekday()]} 下午{when.hour - 12}:{when.minute:02d}"


def build(p: dict) -> Case:
    """p: the case's people, loan, wordings, days and phones (see each case module)."""
    d0 = at(p["day0"])  # the first collector contact
    nick, mob, land = p["nick"], p["mobile"], p["landline"]
    mom, boss = p["contacts"]
    skin, size = p["skin"], p["size"]
    shot = "Screenshot_%Y%m%d_%H%M%S.png"
    h = p["hour"]  # the collectors' first hour of day one: night or day

    def t(days: int, hour: int, minute: int) -> datetime:
        return (d0 + timedelta(days=days)).replace(hour=hour, minute=minute, second=31)

    loan = p["loan"]
    bill = Screen(
        _name(shot, t(-2, 10, 12)),
        "smscard23",
        skin,
        "borrower",
        t(-2, 10, 12),
        p["gateway"],
        size,
        lines=p["bill"],
        msgs=[Msg(p["gateway"], p["due"], t(-2, 10, 5), "sms", stamp=p["due_stamp"])],
    )
    note = Screen(_name(shot, t(-1, 9, 3)), "svcnote23", skin, "borrower", t(-1, 9, 3),
                  "服务通知", size,
                  msgs=[Msg(f"{p['lender']}小程序", p["notice"], t(-1, 9, 0), "notice",
                            stamp="09:00")])  # fmt: skip
    chat1 = [Msg(nick, q, t(0, h, 2 + i), collector=True, stamp=p["stamp0"] if i == 0 else "")
             for i, q in enumerate(p["burst"])]  # fmt: skip
    chat1 += [Msg(nick, "语音通话 未接听", t(0, h, 9), "callline", True),
              Msg("me", p["reply"], t(0, h, 11)),
              Msg(nick, "视频通话 通话时长 01:12", t(1, 12, 30), "callline", True,
                  stamp="12:30"),
              Msg(nick, p["official"], t(1, 12, 40), collector=True),
              Msg("me", "对方已取消", t(1, 12, 41), "callline")]  # fmt: skip
    photo = p.get("chat_wrap") == "photo23"
    chat = Screen(
        _name("IMG_%Y%m%d_%H%M%S.jpg" if photo else shot, t(1, 12, 50)),
        "wxcall23",
        skin,
        "borrower",
        t(1, 12, 50),
        nick,
        size,
        msgs=chat1,
        wrap=p.get("chat_wrap", ""),
    )
    poster = Screen(_name("IMG_%Y%m%d_%H%M%S.jpg", t(4, 9, 20)), "wxcall23", skin, "borrower",
                    t(4, 9, 20), nick, size,
                    msgs=[Msg(nick, p["poster"], t(2, 9, 15), "poster", True, stamp=p["stamp2"]),
                          Msg(nick, p["poster_line"], t(2, 9, 16), collector=True)])  # fmt: skip
    rows = [Call(mob, t(2, 22, 47), "22:47", 3, tag="催收", place=p["place"], collector=True),
            Call(land, t(2, 14, 5), "14:05", 1, tag="疑似骚扰", place=p["place"], collector=True),
            Call(mob, t(1, 23, 18), "昨天", 2, tag="催收", place=p["place"], collector=True),
            Call(mom[1], t(1, 19, 2), "昨天", 1, name=mom[0])]  # fmt: skip
    if p["day_only"]:
        rows[0] = Call(mob, t(2, 16, 47), "16:47", 3, tag="催收", place=p["place"], collector=True)
        rows[2] = Call(mob, t(1, 11, 18), "昨天", 2, tag="催收", place=p["place"], collector=True)
        rows.sort(key=lambda c: c.at, reverse=True)
    if not p["tablet"]:  # a contact's 通话记录 lists that one number's calls only
        first = 21 if not p["day_only"] else 9
        rows = [r for r in rows if r.number == mob]
        rows.append(Call(mob, t(0, first, 55), f"{t(0, 0, 0).month}月{t(0, 0, 0).day}日", 1,
                         tag="催收", place=p["place"], collector=True))  # fmt: skip
    late = t(2, 23, 6)
    log_a = Screen(_name(shot, late), "tabcall23" if p["tablet"] else "contact23", p["log_skin"],
                   "borrower", late, "最近通话" if p["tablet"] else "联系人详情",
                   TABLET if p["tablet"] else size, calls=rows[:3],
                   lines=[mob, p["place"], "标记：催收"])  # fmt: skip
    log_b = Screen(_name(shot, late + timedelta(seconds=40)), log_a.app, log_a.skin, "borrower",
                   late + timedelta(seconds=40), log_a.title, log_a.size, calls=rows[1:],
                   lines=log_a.lines, wrap="ring23")  # fmt: skip
    ring = Screen(_name(shot, t(3, 10, 4)), "ringin23", "slate23", "borrower", t(3, 10, 4),
                  "来电", size, lines=[land, p["place"], "疑似催收", "来电秀"])  # fmt: skip
    # The mother's own phone: the collector texts her; her replies are on the right.
    inner_msgs = [
        Msg(
            mob,
            q,
            t(2, 20 if not p["day_only"] else 15, 30 + i),
            "sms",
            True,
            stamp=p["mom_stamp"] if i == 0 else "",
        )
        for i, q in enumerate(p["to_mom"])
    ]
    inner_msgs.append(Msg("me", p["mom_reply"], t(2, 21 if not p["day_only"] else 16, 2), "sms"))
    inner = Screen(_name(shot, t(2, 21, 10)), "smscard23", "petal23", mom[0], t(2, 21, 10),
                   mob, SMALL, msgs=inner_msgs)  # fmt: skip
    fwd = Screen(_name("微信图片_%Y%m%d%H%M%S.jpg", t(3, 7, 40)), "wxcall23", skin, "borrower",
                 t(3, 7, 40), mom[0], size, inner=inner, wrap="fwdpic23",
                 msgs=[Msg(mom[0], "", t(3, 7, 30), "image", stamp="07:30"),
                       Msg(mom[0], p["mom_words"], t(3, 7, 31))])  # fmt: skip
    boss_chat = Screen(_name(shot, t(3, 11, 0)), "wxcall23", "jade23", boss[0], t(3, 11, 0),
                       p["group"], SMALL, group=True, wrap="crop23",
                       msgs=[Msg(nick, p["to_boss"], t(3, 10, 20), collector=True,
                                 stamp=p["boss_stamp"]),
                             Msg(p["colleague"], p["colleague_words"], t(3, 10, 25)),
                             Msg("me", p["boss_reply"], t(3, 10, 40))])  # fmt: skip
    fav = Screen(_name(shot, t(4, 8, 12)), "fav23", skin, "borrower", t(4, 8, 12), "收藏", size,
                 msgs=[Msg(nick, p["fav"], t(3, 15, 5), "bubble", True,
                           stamp=_weekday(t(3, 15, 5))),
                       Msg(nick, p["fav2"], t(3, 18, 0), "bubble", True, stamp="昨天")],
                 wrap=p.get("fav_wrap", ""))  # fmt: skip
    folder = Screen(_name(shot, t(4, 8, 30)), "smsfold23", skin, "borrower", t(4, 8, 30),
                    "通知类短信", size,
                    msgs=[Msg(mob, p["to_me"][:14], t(3, 12, 0), "preview", True, stamp="昨天"),
                          Msg(p["gateway"], p["due"][:12], t(-2, 10, 5), "preview",
                              stamp=p["due_stamp"].split(" ")[0])])  # fmt: skip
    thread = Screen(_name(shot, t(4, 8, 31)), "smscard23", skin, "borrower", t(4, 8, 31), mob,
                    size, msgs=[Msg(mob, p["to_me"], t(3, 12, 0), "sms", True, stamp="昨天 12:00"),
                                Msg("me", p["sms_reply"], t(3, 12, 9), "sms")])  # fmt: skip
    letter = Screen(_name("IMG_%Y%m%d_%H%M%S.jpg", t(4, 9, 0)), "letter23", "petal23", "borrower",
                    t(4, 9, 0), "律师函", SMALL, lines=p["letter"])  # fmt: skip
    idcard = Screen(_name("IMG_%Y%m%d_%H%M%S.jpg", t(-3, 16, 0)), "idcard23", "petal23",
                    "borrower", t(-3, 16, 0), "身份证", SMALL, lines=p["idcard"])  # fmt: skip
    lock = Screen(_name(shot, t(3, 9, 2)), "lock23", skin, "borrower", t(3, 9, 2),
                  t(3, 9, 2).strftime("%-m月%-d日"), size,
                  msgs=[Msg(mob, p["to_me"][:13], t(3, 9, 0), "preview", True, stamp="短信 现在"),
                        Msg(nick, p["fav"][:9], t(3, 8, 58), "preview", True, stamp="微信 2分钟前"),
                        Msg(mom[0], p["mom_words"][:8], t(3, 8, 40), "preview",
                            stamp="微信 22分钟前")])  # fmt: skip
    seam = [Msg(nick, text, t(day, hour, minute), collector=True, stamp=stamp)
            for day, hour, minute, stamp, text in p.get("history", [])]  # fmt: skip
    # Stitched from three screens: the last bubble of each part shows again at the seam.
    if seam:
        seam = [*seam[:3], seam[2], *seam[3:6], seam[5], *seam[6:]]
    long = Screen(_name(shot, t(4, 9, 40)), "wxcall23", skin, "borrower", t(4, 9, 40), nick,
                  (size[0], size[1] * 2), msgs=seam, wrap="long23")  # fmt: skip
    every = {"idcard": idcard, "bill": bill, "note": note, "chat": chat, "poster": poster,
             "log_a": log_a, "log_b": log_b, "ring": ring, "fwd": fwd, "boss": boss_chat,
             "fav": fav, "folder": folder, "thread": thread, "letter": letter,
             "lock": lock, "long": long}  # fmt: skip
    screens = [every[k] for k in p["pick"]]
    if p.get("clock_night"):  # the only night on these screens is a status-bar clock
        thread.captured = thread.captured.replace(hour=23, minute=12)
        thread.name = _name(shot, thread.captured)
    # The landline shows only on an incoming call or a tablet log; unseen, it is nobody's.
    seen_land = any(x.app in ("ringin23", "tabcall23") for x in screens)
    collectors = [nick, mob, land] if seen_land else [nick, mob]
    return Case(p["key"], p["phone"], collectors, [mom, boss], loan, screens)
