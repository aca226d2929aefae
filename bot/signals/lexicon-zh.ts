/**
 * Chinese cue tables. Patterns run on prepared text (see prepare-text.ts): simplified characters,
 * full-width forms folded, clause breaks as ` | `. Common input-method slips (头诉 for 投诉,
 * 转人攻 for 转人工) are spelled out in the patterns themselves.
 */
import type { Cue, PersonCue, SignalLexicon } from './signal-lexicon';

const CHARGE = '(?:扣|付|收|支付|付款|扣款|扣费|收费|刷)';
const TIMES = '(?:两|2|二|三|3|双|好几|几)(?:次|笔|遍|回|份)';

const urgent: Cue[] = [
  {
    name: 'charged-twice',
    pattern: new RegExp(
      `${CHARGE}(?:了|我|款|费|钱|的)*${TIMES}|(?:两|2|三|3)(?:次|笔)(?:扣款|扣费|扣钱|收费)|重复(?:扣款|扣费|收费|支付|付款|扣钱|扣了|交易|付费)|多扣|扣多了|双重扣|扣了双倍`,
    ),
    weight: 1,
  },
  {
    name: 'fraud',
    pattern:
      /诈骗|炸骗|骗子|被骗|受骗|骗了我|骗钱|欺诈|钓鱼(?:网站|链接|短信)|冒充|假冒|假客服|假的客服|验证码[^|]{0,6}(?:告诉|给了|发给|报给)(?:了)?(?:别人|陌生人|对方|他)/,
    weight: 1,
  },
  {
    name: 'account-taken',
    pattern:
      /盗刷|被盗|盗号|盗用|被人刷|被刷了|(?:卡|账号|账户|钱包|手机|号)[^|]{0,3}被(?:偷|盗|黑|抢|人登|人用|冒用)|被抢|抢劫|遭抢|被扒|被黑了|黑客|异地登录|有人(?:登录|登了|用了|盗|冒用|偷|用我)|冒名|冒用|(?:有人|别人|陌生人|不知道(?:是)?谁)(?:拿|用|盗用|借)(?:了)?我(?:的)?(?:身份证|证件|身份信息|名字|名义|手机号|照片)|钱被(?:转走|划走|盗|偷|取走)|(?:钱|余额)[^|]{0,4}(?:突然|莫名其妙|不明不白)[^|]{0,2}(?:没了|少了|不见)/,
    weight: 1,
  },
  {
    name: 'unauthorized',
    pattern:
      /(?<![这那])不是我(?:本人)?(?:买|下单|下的|操作|消费|付|订)|陌生(?:订单|扣款|消费|交易|账单)|莫名其妙[^|]{0,4}(?:扣|订单|消费|下单)|(?:没|没有|从没|从来没)(?:买|下单|下过单|购买|消费)(?:过)?[^|]{0,8}(?:扣|被扣|扣款)|乱扣|恶意扣|偷偷(?:扣|开通|订)|私自(?:扣|开通|订|办)|强制(?:扣|开通|订)|吸费|(?:没|没有|从没)(?:开通|订|办)(?:过)?[^|]{0,8}(?:\|[^|]{0,8})?(?:扣|收费|扣费)/,
    weight: 1,
  },
  {
    name: 'safety',
    pattern:
      /爆炸|炸了|着火|起火|失火|冒烟|自燃|烧起来|触电|漏电|电到|烫伤|烧伤|受伤|流血|送医|急救|(?:打|叫)(?:120|110)|中毒|误吞|吞了|吞下|卡住喉咙|过敏(?:了|反应)|(?:脸|皮肤|身上)[^|]{0,4}(?:肿|红|疹|痒)|人身安全|有危险|很危险|太危险|威胁|恐吓|(?<!号码[^|]{0,4})骚扰(?!电话|短信|信息|号码|来电)|跟踪|动手|打人|推我|报警|警察|紧急情况|十万火急|救命|摔倒|跌倒|晕倒|昏倒|昏迷|不省人事|心脏病|中风|车祸|出事了/,
    weight: 1,
  },
  {
    // Lives at risk however the topic began: self-harm, threats to kill, a gas leak.
    name: 'safety',
    pattern:
      /不想活|活不下去|自杀|轻生|寻死|跳楼|割腕|结束(?:自己的)?生命|弄死你|杀了你|砍死|(?:煤气|燃气|天然气)泄漏|漏煤气/,
    weight: 1,
  },
  {
    // Held against one's will: in a car, a room, a vehicle that will not stop.
    name: 'safety',
    pattern:
      /不(?:让|给|肯让|准|放)我?下车|不(?:放|让)我(?:走|离开|出去)|才(?:放|让)我(?:走|下车|离开)|被锁在|锁在(?:车|屋|房间)(?:里|上|内)|把(?:车)?门锁(?:了|上|住|死)|不肯停(?:车)?|(?:叫|喊)(?:他|她|司机|师傅)?停(?:车)?[^|]{0,3}(?:不停|不理)|强行(?:拉|带|拽|把我)/,
    weight: 1,
  },
  {
    // A driver (or anyone) endangering people: drunk, asleep, on the phone, nearly crashing.
    name: 'safety',
    pattern:
      /酒驾|醉驾|喝(?:了)?(?:酒|醉)[^|]{0,4}(?:开车|驾驶|还开)|疲劳驾驶|(?:开车|开着车|边开)[^|]{0,6}(?:睡着|打瞌睡|打盹|看手机|玩手机|刷手机|看视频|打游戏)|差点(?:就)?(?:撞|出车祸|出事|翻车|追尾|掉下去)|撞到人|飙车|逆行/,
    weight: 1,
  },
  {
    // Being unwell right now: dizziness, vomiting, breathing, fumes.
    name: 'safety',
    pattern:
      /头晕|想吐|呕吐|吐了一|呼吸困难|喘不(?:上|过|来)气|胸闷|胸口(?:疼|痛)|心口(?:疼|痛)|抽搐|休克|骨折|一氧化碳|煤气味|(?:怪味|异味|气味|臭味)[^|]{0,8}(?:晕|吐|难受|不舒服|恶心)/,
    weight: 1,
  },
  {
    // Someone close cannot be found or reached: the people words keep "联系不上司机" (a lost item)
    // and "订单不见了" out.
    name: 'missing-person',
    pattern:
      /(?:我爸|我妈|爸爸|妈妈|父亲|母亲|老人|老爷子|老太太|孩子|小孩|儿子|女儿|闺女|老婆|老公|妻子|丈夫|媳妇|爷爷|奶奶|姥姥|姥爷|外婆|外公|家人|女朋友|男朋友)[^]*?(?:找不到(?:人|他|她)|人找不到|联系不上(?!司机|师傅|客服)|失联|(?:到现在|现在|还|一直)(?:都)?(?:没|没有)回(?:家|来)|走丢|走失|人不见了|(?:电话|手机)(?:也|一直|还是|都)?(?:打不通|关机|没人接))/,
    weight: 1,
  },
  {
    name: 'safety',
    pattern:
      /紧急(?!发货|配送|联系人|送|寄)|危险|过敏|急急急|急死了|害怕|好怕|很怕|怕死了|想死|吓死|吓坏|吓得|吓人|恐怖|没人的(?:地方|小路|路)|荒郊|荒山|偏僻|(?:老人|孩子|小孩|家人)[^|]{0,6}(?:联系不上|打不通|出不来)/,
    weight: 0.5,
  },
  {
    // A large sum taken: urgent only beside another cue (nobody explains, anger), since "押金扣了
    // 500 是什么原因" is an FAQ question.
    name: 'disputed-charge',
    pattern: /(?:被|给我|把我)?扣(?:了|掉|走)(?:我)?[0-9０-９]{3,}|[0-9０-９]{3,}[^|]{0,3}(?:被扣|扣没了)/,
    weight: 0.5,
  },
  {
    name: 'stranded',
    pattern: /被困|滞留|困在|回不了家|回不去了|流落|无家可归|没地方住|露宿/,
    weight: 1,
  },
  {
    name: 'complaint',
    pattern:
      /投诉|投拆|投述|头诉|偷诉|投素|举报|12315|12300|12378|消协|消费者协会|工商局|市场监管|市监局|工信部|通信管理局|通管局|银保监|银监会|金融监管|监管部门|人民银行|315晚会|曝光|维权/,
    weight: 1,
  },
  { name: 'complaint', pattern: /差评|媒体|记者/, weight: 0.5 },
  {
    name: 'legal',
    pattern: /起诉|律师|法院|法庭|告你们|告到|法律(?:途径|手段|责任)|仲裁|打官司|立案/,
    weight: 1,
  },
  {
    name: 'anger',
    pattern:
      /气死|太过分|忍无可忍|受够了|他妈|妈的|tmd|卧槽|我操|愤怒|火大|黑店|骗人|坑人|坑爹|无良|黑心|欺负人|什么玩意|什么破|破(?:平台|公司|店|服务)|垃圾(?:服务|平台|公司|店|客服)|差劲|恶心|耍我|欺骗消费者|滚(?:蛋|开)/,
    weight: 1,
  },
  {
    name: 'anger',
    pattern:
      /垃圾|过分|无语|离谱|失望|太差|再也不|没人理|不理人|没人(?:给我)?(?:解释|处理|管|回复)|不给(?:我)?(?:解释|说法)|讨个说法|给个说法|第[三四五3-5]次|烦死|生气|搞什么|骂人/,
    weight: 0.5,
  },
];

const person: PersonCue[] = [
  {
    name: 'transfer-to-person',
    pattern:
      /转(?:接|个|一个|给)?人[工攻宫功公]|接(?:通)?人工|(?:找|(?<![需不])要|叫|呼叫|换|切|申请)(?:个|一个)?人工|人工服务|转(?:接)?客服|(?:找|叫|要)(?:个|一个)?客服|客服出来|(?:跟|和|同)(?:你们)?(?:的)?客服(?:说|聊|沟通|讲)|zhuan ?ren ?gong/,
    weight: 1,
    strength: 'strong',
  },
  {
    name: 'real-person',
    pattern:
      /真人(?!秀|版|客服)|活人|(?:找|换|叫|来)(?:个|一个)?人(?:来|帮|处理|说|回答)?|让人来|(?:跟|和)(?:真)?人(?:说|聊|讲)|(?:找|叫|要|让|请|安排|派)(?:个|一个)?(?:你们)?(?:的)?工作人员|工作人员(?:联系|来处理|给我打|回电)|接线员|(?:找|叫|要|请)(?:你们|个|一个)?(?:的)?(?:经理|主管|领导|负责人|管事的|上级|专员|专人)|(?:跟|和|同)(?:你们)?(?:的)?(?:经理|主管|领导|负责人|管事的|上级)(?:说|谈|聊|讲|沟通|反映)|(?<!呼叫|来电|电话|短信)转接(?!功能|设置|号码)|人工坐席|语音客服|(?:叫|喊|请)(?:一下)?(?:你们)?(?:的)?客服(?!电话|热线)|客服(?:的)?人呢/,
    weight: 1,
    strength: 'strong',
  },
  {
    name: 'reject-bot',
    pattern:
      /(?:不要|不想|别|不用|不跟|不和|不要跟|别让)[^|]{0,3}机器|机器人[^|]{0,4}(?:听不懂|太笨|没用|不行|答非所问|垃圾|废物)|听不懂人话|答非所问|你听不懂|自动回复(?:没用|有什么用)|(?:别|不要|少)(?:再)?(?:用|拿)?(?:自动回复|机器人|模板)(?:回|糊弄|敷衍|应付)|机器人(?:别|不要|闭嘴|别再)/,
    weight: 1,
    strength: 'strong',
  },
  {
    name: 'person-here',
    pattern:
      /人工(?:客服)?\s*(?:呢|啊|呀|吗|在吗|在不在|在哪)|客服(?:在吗|在不在|呢)|^(?:你好\s*)?(?:有人(?:在)?吗|有没有人(?:在)?)(?:\s*[啊呀呢在])?(?:\s*\|)*\s*$/,
    weight: 1,
    strength: 'weak',
  },
  {
    // Customers name the agent they want as 客服小姐姐 or ask to 让客服… do something; a question
    // about when that agent works stays an FAQ question, so the cue is weak.
    name: 'named-agent',
    pattern: /客服(?:小姐姐|小哥哥|小哥|妹妹|小妹|姐姐|美女|mm)|让(?:你们)?(?:的)?客服/,
    weight: 1,
    strength: 'weak',
  },
  {
    // A call back is a person's work. Asked for outright it is a request even beside 电话 (which
    // otherwise marks a question about the service); "几点回电" and "司机会给我打电话吗" stay
    // questions.
    name: 'call-me',
    pattern:
      /(?<!会|是否|要不要)(?:给我|跟我)(?:回|打)(?:个)?电话|(?<!会|是否|要不要)(?:打|回)(?:个)?电话给我|直接打给我|让[^|]{0,8}(?:给我|跟我)(?:打|回)(?:个)?电话/,
    weight: 1,
    strength: 'strong',
  },
  {
    name: 'call-me',
    pattern: /回电|客服回(?:我|一下)|有(?:没有)?人(?:能|可以)帮(?:我|忙)|^rg$/,
    weight: 1,
    strength: 'weak',
  },
  {
    // 人工 or 真人客服 named as a thing: a request on its own ("真人客服"), a question about the
    // service beside 几点, 周末… ("真人客服晚上几点就没了").
    name: 'person-mention',
    pattern:
      /人工(?!智能|费|成本|草|湖|降雨|合成)|真人客服|^(?:在线|真人)?客服(?:\s*(?:你好|您好|呀|啊))?$|ren ?gong/,
    weight: 1,
    strength: 'weak',
  },
];

/** Chinese tables: urgent topics, requests for a person, their negations. */
export const CHINESE_SIGNALS: SignalLexicon = {
  language: 'zh',
  urgent,
  person,
  serviceQuestion:
    /几点|什么时候|什么时间|时间|上班|下班|营业|周末|周[一二三四五六日天几]|星期|节假日|放假|休息|晚上|早上|电话|热线|号码|邮箱|24小时/,
  negationBefore:
    /(?:不用|不需要|不要|无需|没必要|不必|甭|用不着|不想|别|不找|不转|(?<!是)不是|(?<!有)没有|并非|不算)(?:[帮给替为]?[我你您]|再|去|了|们|麻烦|帮忙|急着|先|马上|直接|给|找|转|接|要|想|在|被|\s)*$/,
  negationAfter: /^\s*(?:就|也|倒|先|暂时)?(?:不用|不需要|不必|算了)/,
};
