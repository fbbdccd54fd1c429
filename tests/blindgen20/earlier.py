"""Labels and case keys every earlier set used (casegen, blindgen … blindgen18): none may return."""

EARLIER_LABELS = {
    "miui", "hyperos", "hyperos_dark", "harmony", "harmony_next", "emui", "emui9", "ios",
    "ios_light", "ios_dark", "ios16", "ios_big", "originos", "coloros", "magicos", "oneui",
    "flyme", "realme", "oneplus", "myos", "nubia", "zui", "smartisan", "pixel", "zenui", "xperia",
    "tianyi", "elder", "fold", "you_light", "you_dark", "nothing", "hios", "aosp_dark", "lineage",
    "ipad_split", "pc_wechat_own", "coolpad", "eink", "sharp", "camera_own", "holo", "kaios",
    "lite_go", "hm_large", "funtouch", "touchwiz", "honor_dark_own", "ios18_own",
    "wechat", "wechat_en", "wecom", "dingtalk", "qq", "qq_group", "tim", "douyin_dm", "alipay",
    "feishu", "xiaohongshu", "weibo", "kuaishou", "xianyu", "bilibili", "meituan", "telegram",
    "momo", "soul", "zhihu", "tieba", "douyin", "moments", "mp", "sms_same", "tantan", "loanapp",
    "lockscreen", "incall", "sms_rcs", "mail163", "wechat_dark_own", "merged_record", "shop_chat",
    "line_like", "voicemail", "recorder", "mms", "fraud_alert", "weixin_pc", "blocker",
    "contact_detail", "parents_group", "guestbook", "channels_dm", "wechat_own9", "wxfriends9",
    "sms_spam", "call_detail", "calllog_grouped", "idcard9", "document9", "bill9", "calllog9",
    "sms_thread9", "sms_inbox9",
    # blindgen11
    "bberry11", "bill11", "calllog11", "clan11", "fairphone11", "idcard11", "intercept11",
    "messenger11", "mirror11", "moto11", "photo11", "qqmail11", "rog11", "shop11", "signal11",
    "sms11", "summons11", "tablet11", "tabsms11", "watch11",
    # blindgen12
    "bill12", "calllog12", "cupertino12", "idcard12", "lawyer12", "metro12", "photo12",
    "sense12", "webos12", "xos12",
    # blindgen13
    "lgux13", "mispace13", "nokia13", "gotab13", "car13", "print13", "seam13", "markup13",
    "bill13", "calllog13", "carmsg13", "chat13", "contact13", "dycomment13", "mail13", "moments13",
    "notice13", "rcs13", "sms13", "voicemail13", "wecom13", "wxsearch13",
    # blindgen14 and blindgen15 (skin key names and labels)
    "tizen14", "iosflat14", "laoren14", "darktab14", "gingerbread15", "symbian15", "harmony15",
    "phonelink15", "tizen15", "firefoxos15", "palm15", "paper15", "long15", "photo15", "land15",
    "drawer15", "screen15",
    # blindgen16
    "oxygen16", "flyme916", "glass16", "wp16", "meego16", "sms16", "rcs16", "lark16", "wxpat16",
    "redbook16", "alipaycs16", "detail16", "mark16", "export16", "calllog16", "bill16", "idcard16",
    "letter16",
    # blindgen17
    "oneui717", "realmeui17", "pixel9x17", "shark17", "roundos17", "droidtab17", "thread17",
    "inbox17", "block17", "calls17", "callid17", "lock17", "wework17", "ding17", "wxchat17",
    "group17", "weibo17", "douyin17", "toutiao17", "express17", "insbot17", "bill17", "idcard17",
    "letter17", "long17", "mark17", "crop17",
    # blindgen18
    "bill18", "calllog18", "chatone18", "circle18", "courtsms18", "crop18", "dingwork18",
    "dualsms18", "emuifive18", "famgroup18", "feedpost18", "forged18", "fwd18", "goldlux18",
    "honormagic18", "idcard18", "imsg18", "iospale18", "long18", "mailapp18", "miuiold18",
    "nokiatile18", "notif18", "photo18", "qqquote18", "smslist18", "truecall18",
}  # fmt: skip
EARLIER_CITIES = {
    "nanning", "jinan", "kunming", "shaoguan", "dezhou", "yulin", "qiqihar", "qinzhou", "shatin",
    "zhuzhou", "baise", "hefei", "xiamen", "shijiazhuang", "guiyang", "lanzhou", "taiyuan",
    "nanchang", "haikou", "wuhu", "baotou", "ganzhou", "liuzhou", "yinchuan", "xining",
    "mianyang", "jiujiang", "zhaoqing", "xiangtan", "zibo", "nanchong", "zhanjiang", "liuan",
    "yibin", "chengdu", "hunan", "wuhan", "wenzhou", "luoyang", "datong", "quanzhou",
    "shantou", "foshan", "anqing", "dongguan",
    "tieling", "zigong", "dandong", "leshan", "jiaxing", "weifang", "zunyi", "huzhou",
    "baoding", "yichang", "putian", "guilin", "cangzhou", "jingzhou", "shaoxing", "yantai",
    "changde", "jieyang", "xinxiang", "yueyang",
}  # fmt: skip
