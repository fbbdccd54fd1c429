"""Every label and case key the blind sets drew, so that a new set can prove it is new.

A blind set must not reuse a skin, app or page label (or a city as case key) that an earlier
set drew: a parser tuned on one set would otherwise meet a familiar screen in the next. Each set
adds its own entry here; ``labels_before(n)`` / ``cities_before(n)`` give what set n must avoid.
tests/test_blind_labels.py checks each entry against what that set draws.
"""

from __future__ import annotations

# What casegen, blindgen and blindgen2 … blindgen9 drew (none of them keeps a registry entry).
BASE_LABELS = frozenset({
    "alipay", "aosp_dark", "bilibili", "bill9", "blocker", "call_detail", "calllog9",
    "calllog_grouped", "camera_own", "channels_dm", "coloros", "contact_detail", "coolpad",
    "dingtalk", "document9", "douyin", "douyin_dm", "eink", "elder", "emui", "emui9", "feishu",
    "flyme", "fold", "fraud_alert", "funtouch", "guestbook", "harmony", "harmony_next", "hios",
    "hm_large", "holo", "honor_dark_own", "hyperos", "hyperos_dark", "idcard9", "incall", "ios",
    "ios16", "ios18_own", "ios_big", "ios_dark", "ios_light", "ipad_split", "kaios", "kuaishou",
    "line_like", "lineage", "lite_go", "loanapp", "lockscreen", "magicos", "mail163", "meituan",
    "merged_record", "miui", "mms", "moments", "momo", "mp", "myos", "nothing", "nubia",
    "oneplus", "oneui", "originos", "parents_group", "pc_wechat_own", "pixel", "qq", "qq_group",
    "realme", "recorder", "sharp", "shop_chat", "smartisan", "sms_inbox9", "sms_rcs",
    "sms_same", "sms_spam", "sms_thread9", "soul", "tantan", "telegram", "tianyi", "tieba",
    "tim", "touchwiz", "voicemail", "wechat", "wechat_dark_own", "wechat_en", "wechat_own9",
    "wecom", "weibo", "weixin_pc", "wxfriends9", "xianyu", "xiaohongshu", "xperia", "you_dark",
    "you_light", "zenui", "zhihu", "zui"
})  # fmt: skip

# Case keys used before blindgen10 (blindgen12 was the first set to list them).
BASE_CITIES = frozenset({
    "baotou", "chengdu", "ganzhou", "guiyang", "haikou", "hefei", "hunan", "jinan", "jiujiang",
    "kunming", "lanzhou", "liuan", "liuzhou", "mianyang", "nanchang", "nanchong", "nanning",
    "shijiazhuang", "taiyuan", "wuhan", "wuhu", "xiamen", "xiangtan", "xining", "yibin",
    "yinchuan", "zhanjiang", "zhaoqing", "zibo"
})  # fmt: skip

# Skin, app, page, wrap, effect and phone labels each set draws (as its own test collects them).
SET_LABELS: dict[int, frozenset[str]] = {
    10: frozenset({
        "bill10", "bossdm10", "calllog10", "flash10", "idcard10", "jdkefu10", "lawyer10",
        "maimai10", "pddkefu10", "redmagic10", "sailfish10", "shade10", "skeuo10",
        "smsthread10", "ubports10", "whatsapp10", "wxchat10"
    }),
    11: frozenset({
        "bberry11", "bill11", "calllog11", "clan11", "fairphone11", "idcard11",
        "intercept11", "messenger11", "mirror11", "moto11", "photo11", "qqmail11", "rog11",
        "shop11", "signal11", "sms11", "summons11", "tablet11", "tabsms11", "watch11"
    }),
    12: frozenset({
        "bill12", "calllog12", "cupertino12", "discord12", "douban12", "float12",
        "gallery12", "house12", "idcard12", "kakao12", "land12", "lawyer12", "metro12",
        "netease12", "notifhist12", "photo12", "recording12", "report12", "sense12",
        "sms12", "smssearch12", "split12", "unionpay12", "viber12", "wangwang12", "webos12",
        "xos12", "zalo12"
    }),
    13: frozenset({
        "bill13", "calllog13", "car13", "carmsg13", "chat13", "contact13", "dycomment13",
        "gotab13", "lgux13", "mail13", "markup13", "mispace13", "moments13", "nokia13",
        "notice13", "print13", "rcs13", "seam13", "sms13", "voicemail13", "wecom13",
        "wxsearch13"
    }),
    14: frozenset({
        "aicall14", "bankmsg14", "bill14", "calllog14", "darktab14", "idcard14", "igdm14",
        "iosflat14", "laocall14", "laoren14", "laosms14", "shopcs14", "sms14", "summons14",
        "tizen14", "wa14", "wxvoice14", "xdm14", "ysf14"
    }),
    15: frozenset({
        "antifraud15", "bill15", "calllog15", "city15", "drawer15", "firefoxos15",
        "gingerbread15", "harmony15", "idcard15", "land15", "linkcall15", "linkmsg15",
        "long15", "mail15", "palm15", "paper15", "phonelink15", "photo15", "qzone15",
        "screen15", "skype15", "sms15", "snap15", "summons15", "symbian15", "tizen15",
        "work15"
    }),
    16: frozenset({
        "alipaycs16", "bill16", "calllog16", "detail16", "export16", "flyme916", "glass16",
        "idcard16", "lark16", "letter16", "mark16", "meego16", "oxygen16", "rcs16",
        "redbook16", "sms16", "wp16", "wxpat16"
    }),
    17: frozenset({
        "bill17", "block17", "callid17", "calls17", "crop17", "ding17", "douyin17",
        "droidtab17", "express17", "group17", "idcard17", "inbox17", "insbot17", "letter17",
        "lock17", "long17", "mark17", "oneui717", "pixel9x17", "realmeui17", "roundos17",
        "shark17", "thread17", "toutiao17", "weibo17", "wework17", "wxchat17"
    }),
    18: frozenset({
        "bill18", "calllog18", "chatone18", "circle18", "courtsms18", "crop18",
        "dingwork18", "dualsms18", "emuifive18", "famgroup18", "feedpost18", "forged18",
        "fwd18", "goldlux18", "honormagic18", "idcard18", "imsg18", "iospale18", "long18",
        "mailapp18", "miuiold18", "nokiatile18", "notif18", "photo18", "qqquote18",
        "smslist18", "truecall18"
    }),
    19: frozenset({
        "aiassist19", "bill19", "calls19", "capsule19", "crop19", "dot19", "fwd19", "go19",
        "hello19", "hl19", "idcard19", "letter19", "long19", "mark19", "mosaic19",
        "origin19", "photo19", "recs19", "sms19", "smsbox19", "soul19", "tecno19",
        "wxchat19", "wxinfo19", "wxnew19", "xianyu19"
    }),
    20: frozenset({
        "bill20", "card20", "carrier20", "changlian20", "circle20", "crop20", "fwd20",
        "gphone20", "hos3_20", "idcard20", "kidfp20", "kidsms20", "letter20", "line20",
        "long20", "matyou20", "mosaic20", "oneui20", "paper20", "photo20", "samcalls20",
        "sms20", "spam20", "telegram20", "vivoft20", "whatsapp20", "xpmin20"
    }),
    21: frozenset({
        "assistant21", "bilidm21", "bill21", "calllog21", "channels21", "colorthirteen21",
        "dingread21", "door21", "flymeround21", "foldchat21", "foldwide21", "hyperdark21",
        "idcard21", "inbox21", "ioslegacy21", "kuaidm21", "landscape21", "letter21",
        "paper21", "relatives21", "riderchat21", "sms21", "voicemail21"
    }),
    22: frozenset({
        "addrbook22", "ball22", "bill22", "calllog22", "chat22", "circle22", "contacts22", "crop22",
        "fwd22", "group22", "idcard22", "inbox22", "ivoryos22", "keyboard22", "letter22", "long22",
        "mistral22", "oldgray22", "pearl22", "pip22", "portal22", "rec22", "reed22", "sandphone22",
        "shade22", "slate22", "sms22", "umbra22"
    }),
    23: frozenset({
        "contact23", "crop23", "duo23", "fav23", "fwdpic23", "idcard23", "jade23", "letter23",
        "lock23", "long23", "petal23", "photo23", "ring23", "ringin23", "slate23", "smscard23",
        "smsfold23", "svcnote23", "tabcall23", "wxcall23"
    }),
    24: frozenset({
        "duanxin24", "guoguo24", "hanjian24", "haoma24", "moye24", "qinglan24", "qunliao24",
        "suoping24", "tonghua24", "weiliao24", "xinxiang24", "yunshan24", "zhangdan24",
        "zhuanfa24"
    }),
    25: frozenset({
        "aurora25", "bill25", "calls25", "contact25", "crop25", "dm25", "dusk25", "ember25",
        "fwd25", "inbox25", "lock25", "mint25", "paper25", "photo25", "report25", "sms25",
        "wxchat25"
    }),
    26: frozenset({
        "bill26", "block26", "calls26", "chat26", "colorsea26", "detail26", "group26",
        "letter26", "lock26", "magicmoss26", "oneuinight26", "originblue26", "photo26",
        "smslist26", "smsthread26", "stitch26"
    }),
    27: frozenset({
        "banner27", "bill27", "calllog27", "dingchat27", "float27", "flymeten27", "gallery27",
        "harmonydark27", "ioslarge27", "lock27", "lowres27", "material27", "notice27",
        "numpage27", "photo27", "qqchat27", "sms_inbox27", "sms_thread27", "wxgroup27", "xydm27"
    }),
    28: frozenset({
        "alichat28", "bill28", "callpage28", "calllog28", "clan28", "cut28", "flybook28",
        "fwd28", "hyper28", "iosphoto28", "jpeg28", "laptop28", "lawyer28", "lock28", "mossy28",
        "nightred28", "paper28", "qiwei28", "shortvid28", "smsinbox28", "smsthread28", "snap28",
        "stitch28", "weibodm28", "workgroup28"
    }),
    29: frozenset({
        "bill29", "calldetail29", "detail29", "dialer29", "ding29", "editor29", "intercept29",
        "iqoo29", "letter29", "lock29", "lumen29", "magic929", "origin529", "qqchat29",
        "recomp29", "sms_inbox29", "sms_thread29", "tilt29", "wxchat29", "wxgroup29"
    }),
    30: frozenset({
        "bill30", "callpage30", "dialer30", "dydm30", "elder30", "eyecare30", "fold30", "fwd30",
        "honor30", "honordark30", "intercept30", "kefu30", "leak30", "letter30", "lock30",
        "meizu30", "memo30", "pad30", "photo30", "redmidark30", "se30", "sedark30",
        "sms_inbox30", "sms_thread30", "stitch30", "svcnotice30", "tgchat30", "vivo30",
        "wachat30", "wxchat30", "wxgroup30", "xiaohao30"
    }),
    31: frozenset({
        "bill31", "calllog31", "classgroup31", "colorfifteen31", "crop31", "datechat31",
        "dialer31", "famgroup31", "frost31", "fwd31", "hyperpaper31", "ioslog31", "jpeg31",
        "letter31", "lock31", "mail31", "moire31", "numpage31", "oneuidusk31", "paperphoto31",
        "shopchat31", "sms_inbox31", "sms_thread31", "stitch31", "workgroup31", "wxchat31"
    }),
    32: frozenset({
        "basalt32", "bill32", "calllog32", "chat32", "crop32", "desk32", "group32", "jpeg32",
        "lock32", "loquat32", "notice32", "numpage32", "padsms32", "paper32", "pcchat32",
        "photo32", "saffron32", "slab32", "smsinbox32", "smsthread32", "stitch32", "tidal32"
    }),
    33: frozenset({
        "calllog33", "crop33", "fwdpic33", "ivoire33", "jpegged33", "kingroup33", "laoyou33",
        "loanbill33", "lockpile33", "nocturne33", "numinfo33", "paper33", "photo33", "qwchat33",
        "recents33", "smsbox33", "smschat33", "sprout33", "stitch33", "wxdm33"
    }),
}  # fmt: skip

# Cities each set keys its cases by.
SET_CITIES: dict[int, frozenset[str]] = {
    10: frozenset({"dezhou", "qiqihar", "shaoguan", "yulin"}),
    11: frozenset({"baise", "qinzhou", "shatin", "zhuzhou"}),
    12: frozenset({"datong", "luoyang", "quanzhou", "wenzhou"}),
    13: frozenset({"anqing", "dongguan", "foshan", "shantou"}),
    14: frozenset({"dandong", "leshan", "tieling", "zigong"}),
    15: frozenset({"huzhou", "jiaxing", "weifang", "zunyi"}),
    16: frozenset({"baoding", "guilin", "putian", "yichang"}),
    17: frozenset({"cangzhou", "jingzhou", "shaoxing", "yantai"}),
    18: frozenset({"changde", "jieyang", "xinxiang", "yueyang"}),
    19: frozenset({"kaifeng", "linyi", "maoming", "shangrao"}),
    20: frozenset({"hengyang", "taian", "wuxi", "zhumadian"}),
    # luoyang and zhanjiang repeat earlier keys on purpose (see tests/blindgen21's test).
    21: frozenset({"lianyungang", "luoyang", "nantong", "zhanjiang"}),
    22: frozenset({"bengbu", "jiangmen", "shaoyang", "xuchang"}),
    23: frozenset({"huaian", "suqian", "yangzhou", "zhenjiang"}),
    24: frozenset({"anshun", "mudanjiang", "panzhihua", "tianshui"}),
    25: frozenset({"huhehaote", "sanya", "tangshan", "wulumuqi"}),
    26: frozenset({"longyan", "pingxiang", "wuzhou", "xiangyang"}),
    27: frozenset({"jinhua", "jinzhou", "rizhao", "siping"}),
    28: frozenset({"baoji", "handan", "nanyang", "yuncheng"}),
    29: frozenset({"deyang", "jiuquan", "liupanshui", "qujing"}),
    30: frozenset({"changzhi", "chifeng", "jiamusi", "zhangjiakou"}),
    31: frozenset({"loudi", "qingyuan", "quzhou", "zhangzhou"}),
    32: frozenset({"ankang", "hanzhong", "ningde", "shiyan"}),
    33: frozenset({"bozhou", "huanggang", "meizhou", "zhaotong"}),
}  # fmt: skip


def labels_before(n: int) -> frozenset[str]:
    """Labels any set before blind set n drew."""
    return BASE_LABELS.union(*(labels for k, labels in SET_LABELS.items() if k < n))


def cities_before(n: int) -> frozenset[str]:
    """Case keys any set before blind set n used."""
    return BASE_CITIES.union(*(cities for k, cities in SET_CITIES.items() if k < n))
