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
      `${CHARGE}(?:了|我|款|费|钱|的)*${TIMES}|(?:两|2|三|3)(?:次|笔)(?:扣款|扣费|扣钱|收费)|重复(?:扣款|扣费|收费|支付|付款|扣钱|扣了|交易|付费)|多扣|扣多了|双重扣|扣了双倍|(?:连着|连续|一连)[^|]{0,4}(?:天|个月|期)[^|]{0,6}(?:都|每天|每次)?(?:在)?扣|(?:每天|天天)都(?:在)?扣(?:我)?`,
    ),
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Scams by their script. A 安全账户 that money is sent to (安全账户是什么 asks); fees to
    // unlock a loan or withdrawal (激活费 and 认证费 are also real SIM, broadband and account
    // verification fees); a screen shared at a stranger's bidding (老师让我共享屏幕 is a class);
    // a link after which money went (点了支付链接钱扣了 is a payment question).
    name: 'fraud',
    pattern:
      /(?:诈骗|骗子)(?!电话|短信|信息)|炸骗|被骗|被[^|]{0,3}骗(?:了|走|去)|受骗|骗了我|骗钱|欺诈|钓鱼(?:网站|链接|短信)|忽悠(?:老人|我妈|我爸|我)?买|冒充|假冒|假客服|假的客服|验证码[^|]{0,6}(?:告诉|给了|发给|报给)(?:了)?(?:别人|陌生人|对方|他)|(?:转|汇|打|存)(?:到|入|进)[^|]{0,8}安全账户|安全账户[^|]{0,6}(?:转|汇|打钱)|涉嫌洗钱|(?:说|称)(?:我|你)[^|]{0,4}涉嫌(?:犯罪|违法|诈骗)|刷单(?:返利|兼职|任务|返佣)|(?:做|帮人|兼职)刷单|杀猪盘|网恋[^|]{0,6}(?:骗|诈骗)|(?:对方|骗子|陌生人|有人|有个人|那人|那个人|电话里的人|打电话的人|自称|有个[^|]{0,4}客服|客服)[^|]{0,4}(?:让|叫|要|骗)我[^|]{0,16}(?:共享屏幕|屏幕共享|远程(?:控制|操控|协助))|(?:交|付|转|缴|收)(?:了)?[^|]{0,4}解冻费|(?:贷款|借款|放款|提现|额度|到账|解冻)[^|]{0,10}(?:激活费|认证费)|(?:交|付|转)(?:了)?[^|]{0,4}保证金[^|]{0,6}(?:才能|就能|才可以)(?:提现|取出|到账|解冻|贷款|放款)|中奖[^|]{0,8}(?:交|转|付)(?:了)?[^|]{0,2}(?:钱|手续费|保证金|公证费|激活费|解冻费|押金)|注销(?:校园贷|学生贷)|(?:点|打开)(?:了)?[^|]{0,8}链接[^|]{0,12}(?:钱[^|]{0,4}(?:没了|不见|少了|被转|被划)|被盗|盗刷|转走|划走)|自称(?:是)?(?:公安|警察|民警|检察|法院|法官|银行|客服|银保监|金融监管)/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // A scam call or message received is a fraud cue, but asking how to report one
    // (遇到诈骗电话怎么举报) or what one looks like is a question editors answer; money lost to it
    // (被骗了, 钱被转走) stays urgent through the cues above.
    name: 'fraud',
    pattern: /(?:诈骗|骗子)(?:电话|短信|信息)/,
    weight: 1,
    askedWeight: 0.5,
    generalWeight: 0.5,
  },
  {
    // A login elsewhere said of one's account (我的账号在外地登录了), not asked about
    // (其他设备登录怎么退出); a balance emptied, not a shopping cart.
    name: 'account-taken',
    pattern:
      /盗刷|被盗|盗号|盗用|被人刷|被刷了|(?:卡|账号|账户|钱包|手机|号)[^|]{0,3}被(?:偷|盗|黑|抢|人登|人用|冒用)|被抢|抢劫|遭抢|被扒|被黑了|黑客|异地登录|(?:账号|账户|帐号|微信|qq|号|有人)[^|]{0,6}在(?:外地|异地|别的城市|陌生设备|其他设备|别的设备|别的手机|别人的手机)(?:上)?(?:被)?登录(?![^|]{0,4}(?:会|吗|怎么|需要))|不是我(?:本人)?登(?:录|的)|(?:余额|钱|账户|卡里)[^|]{0,6}(?:被|突然|莫名其妙|一下子)[^|]{0,2}清空|有人(?:登录|登了|用了|盗|冒用|偷|用我)|冒名|冒用|冒领|(?:卡|账户|账号|余额|银行卡)(?:里)?(?:的)?钱[^|]{0,8}(?:全|都)(?:没了|不见了)|一夜之间[^|]{0,6}(?:没了|清空|不见)|(?:有人|别人|陌生人|不知道(?:是)?谁)(?:拿|用|盗用|借)(?:了)?我(?:的)?(?:身份证|证件|身份信息|名字|名义|手机号|照片)|钱被(?:转走|划走|盗|偷|取走)|(?:钱|余额)[^|]{0,4}(?:突然|莫名其妙|不明不白)[^|]{0,2}(?:没了|少了|不见)/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Said as done ("被泄露了", "已经泄露"), not asked about ("会被泄露吗").
    name: 'privacy-breach',
    pattern:
      /(?:隐私|个人信息|信息|资料|病历|报告|身份证号)[^|]{0,4}(?:(?:被|全|都)(?:泄露|外泄|曝光)了|已经(?:被)?(?:泄露|外泄|曝光))|泄露了我的|(?:报告|病历|资料)给错(?:了)?人/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // A loan, a charge or an order kept although it was never taken out or was cancelled.
    name: 'unauthorized',
    pattern:
      /(?:贷款|借款|网贷|欠款|催收|借了)[^]*?(?:根本|从来|从)?(?:没|没有)(?:借|贷|申请)(?:过)?(?!到)|(?:根本|从来|从)(?:没|没有)(?:借|贷|申请)(?:过)?[^]*?(?:贷款|借款|网贷|欠款|催收)|(?:取消|退款|退货|没收到)[^]*?钱(?:却|还是|照样|居然|也)+(?:被)?扣|(?:早就|已经|都)(?:退|退保|注销|取消|解约|停)(?:了)?[^]*?(?:怎么|为什么|为啥|咋)?(?:还|又|仍然|依然)(?:在)?[^|]{0,6}扣/,
    weight: 1,
  },
  {
    name: 'unauthorized',
    pattern:
      /(?:钱|款|费)(?:已经|都)?(?:扣|付|交)(?:了|掉|走)[^|]{0,10}(?:订单|单子)[^|]{0,3}(?:却|但|可是|也)?(?:找不到|不见了|消失|没了)|(?<![这那])不是我(?:本人)?(?:买|下单|下的|操作|消费|付|订)(?!的?(?:那款|那个|那件|那双|款式|颜色|尺码|型号|规格))|陌生(?:订单|扣款|消费|交易|账单)|莫名其妙[^|]{0,4}(?:扣|订单|消费|下单)|(?:没|没有|从没|从来没)(?:买|下单|下过单|购买|消费)(?:过)?[^|]{0,8}(?:扣|被扣|扣款)|乱扣|恶意扣|偷偷(?:扣|开通|订)|私自(?:扣|开通|订|办)|强制(?:扣|开通|订)|吸费|(?:没|没有|从没)(?:开通|订|办)(?:过)?[^|]{0,8}(?:\|[^|]{0,8})?(?:扣|收费|扣费)/,
    weight: 1,
  },
  {
    // 着火 but not 打不着火 or 会不会着火 (a stove or engine that will not light, a question).
    name: 'safety',
    pattern:
      /爆炸|炸了|(?<!不)着火|起火|失火|冒烟|自燃|烧起来|触电|漏电|电到|烫伤|烧伤|受伤|摔伤|摔断|摔骨折|急诊室|(?:在|住进|进了|送进|送到)(?:了)?(?:icu|重症监护|抢救室|急诊)|流血|送医|急救|(?:打|叫)(?:120|110)|中毒|误吞|(?<![卡机被])吞了(?!卡)|吞下|卡住喉咙|过敏(?:了|反应)|(?:脸|皮肤|身上)[^|]{0,4}(?:肿|红|疹|痒)|人身安全|有危险|很危险|太危险|威胁|恐吓|(?<!号码[^|]{0,4})骚扰(?!电话|短信|信息|号码|来电)|跟踪|动手|打人|推我|(?<!一键)报警(?!求助|功能|按钮|键|器|电话)|警察|紧急情况|十万火急|医院[^|]{0,6}(?:催|让|要|逼)(?:着|我|我们)?(?:先)?(?:交|缴|付|垫)(?:钱|费|押金|[0-9一二三四五六七八九十几两]+万)|救命|摔倒|跌倒|晕倒|昏倒|昏迷|不省人事|心脏病|中风|车祸|出事了|撞(?:了|到|倒|伤)(?:了)?我|撞伤|肇事|逃逸|(?:撞|碰)(?:了)?[^|]{0,6}(?:就跑|就走|跑了|逃了)/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Lives at risk however the topic began: self-harm, threats to kill, a gas leak.
    name: 'safety',
    pattern:
      /不想活|活不下去|自杀|轻生|寻死|跳楼|割腕|结束(?:自己的)?生命|弄死你|杀了你|砍死|(?:煤气|燃气|天然气)泄漏|漏煤气|(?:煤气|燃气|天然气)[^]{0,12}(?:嘶嘶|漏气|满屋|好大(?:的)?味|味道很大|很大(?:的)?味)/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Harm from what was sold or served: food that made people ill or held glass, the wrong
    // medicine taken, a rash from a product.
    name: 'safety',
    pattern:
      /拉肚子|腹泻|上吐下泻|食物中毒|吃坏(?:了)?肚子|吃出(?:了)?(?:玻璃|铁丝|钉子|刀片|虫|异物|蟑螂|老鼠)|(?:吃|喝|用)了[^|]{0,8}(?:起疹子|过敏|住院|进(?:了)?医院|送医|不舒服)|(?:吃|喝)(?:了)?[^|]{0,10}(?:肚子疼|肚子痛|胃疼|胃痛|腹痛|呕吐|吐了|头晕|喉咙疼|喉咙痛|嗓子疼|划破|割破|出血)|(?:饭|菜|汤|奶茶|饮料|外卖|餐|里面|里)[^|]{0,4}(?:有|发现|吃出|喝出)(?:了)?[^|]{0,2}(?:玻璃|碎玻璃|铁丝|钉子|刀片|钢丝球|塑料片)|起(?:了)?疹子|吃错(?:了)?药|误服|药[^|]{0,6}(?:送错|发错|给错|拿错)/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Intruders, hidden cameras, flooding with people inside, failing brakes, people trapped.
    name: 'safety',
    pattern:
      /偷拍|偷窥|摄像头[^|]{0,4}(?:藏|偷)|陌生人(?:进|闯)|有人闯(?:进|入)|刹车(?:失灵|坏了|不灵)|刹不住|方向盘失灵|爆胎|(?:车|房子|屋里|家里)[^|]{0,3}(?:被)?淹了|人(?:还)?(?:在|被困在)(?:车|电梯)里|困人|困在电梯/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Emergencies by kind: people shut in a lift, something not food swallowed or drunk, a
    // burning smell, an animal bite.
    name: 'safety',
    pattern:
      /(?:关|困|卡|锁)在(?:了)?电梯|电梯[^|]{0,4}(?:困人|关人|卡住了人|停在半空)|(?:吃|吞|喝|误食|误吞|误喝)(?:了|下)?[^|]{0,6}(?:洗衣凝珠|洗衣液|洗涤剂|消毒液|漂白剂|84|电池|纽扣电池|磁铁|药片|老鼠药|农药|干燥剂)|(?:烧焦|焦糊|糊)(?:的)?味|(?:被|让)[^|]{0,6}狗(?:给)?咬|狗[^|]{0,2}咬(?:了|伤)(?:我|孩子|人)/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Held against one's will: in a car, a room, a vehicle that will not stop.
    name: 'safety',
    pattern:
      /不(?:让|给|肯让|准|放)我?下车|不(?:放|让)我(?:走|离开|出去)|才(?:放|让)我(?:走|下车|离开)|被锁在|锁在(?:车|屋|房间)(?:里|上|内)|把(?:车)?门锁(?:了|上|住|死)|不肯停(?:车)?|(?:叫|喊)(?:他|她|司机|师傅)?停(?:车)?[^|]{0,3}(?:不停|不理)|强行(?:拉|带|拽|把我)/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // A driver (or anyone) endangering people: drunk, asleep, on the phone, nearly crashing.
    name: 'safety',
    pattern:
      /酒驾|醉驾|喝(?:了)?(?:酒|醉)[^|]{0,4}(?:开车|驾驶|还开)|疲劳驾驶|(?:开车|开着车|边开)[^|]{0,6}(?:睡着|打瞌睡|打盹|看手机|玩手机|刷手机|看视频|打游戏|打电话|接电话|发消息|发微信)|(?:司机|师傅)[^|]{0,6}(?:超速|开得?(?:太|很|特别|非常|飞)快|闯红灯|横冲直撞|乱开|猛踩刹车)|差点(?:就)?(?:撞|出车祸|出事|翻车|追尾|掉下去)|撞到人|飙车|逆行/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Being unwell right now: dizziness, vomiting, breathing, fumes.
    name: 'safety',
    pattern:
      /头晕|想吐|呕吐|吐了一|呼吸困难|喘不(?:上|过|来)气|胸闷|胸口(?:疼|痛)|心口(?:疼|痛)|抽搐|休克|骨折|一氧化碳|煤气味|(?:怪味|异味|气味|臭味)[^|]{0,8}(?:晕|吐|难受|不舒服|恶心)/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Someone close cannot be found or reached: the people words keep "联系不上司机" (a lost item)
    // and "订单不见了" out.
    name: 'missing-person',
    pattern:
      /(?:我爸|我妈|爸爸|妈妈|父亲|母亲|老人|老爷子|老太太|孩子|小孩|儿子|女儿|闺女|老婆|老公|妻子|丈夫|媳妇|爷爷|奶奶|姥姥|姥爷|外婆|外公|家人|女朋友|男朋友)[^]*?(?:找不到(?:人|他|她)|人找不到|联系不上(?!司机|师傅|客服)|失联|(?:到现在|现在|还|一直)(?:都)?(?:没|没有)回(?:家|来)|走丢|走失|人不见了|(?:电话|手机)(?:也|一直|还是|都)?(?:打不通|关机|没人接))/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    name: 'safety',
    pattern:
      /紧急(?!发货|配送|联系人|送|寄)|危险|过敏|害怕|好怕|很怕|怕死了|想死|吓死|吓坏|吓得|吓人|恐怖|没人的(?:地方|小路|路)|荒郊|荒山|偏僻|(?:老人|孩子|小孩|家人)[^|]{0,6}(?:联系不上|打不通|出不来)/,
    weight: 0.5,
  },
  {
    // Harm from people: staff who touch or harass, threats of violence, children hit. Punishment
    // and abuse need a victim (体罚孩子, 被虐待): 学校禁止体罚吗 and 虐待动物的视频怎么举报 are
    // questions; 偷看我的手机 is snooping, not danger.
    name: 'safety',
    pattern:
      /性骚扰|动手动脚|摸我|猥亵|非礼|偷看我(?!的)|同归于尽|弄死你|杀了你们|砸了你们|去你们(?:公司|店|门店|总部)[^|]{0,6}(?:闹|砸|拼命)|体罚(?:了)?(?:我|孩子|小孩|学生|儿子|女儿|宝宝)|被(?:老师)?体罚|虐待(?:了)?(?:我|孩子|小孩|老人|学生|儿子|女儿|宝宝)|被虐待|(?:老师|保姆|阿姨|教练|司机|员工|店员|人|他|她)[^|]{0,4}打(?:了)?(?:我家|我的|我)?(?:孩子|小孩|宝宝)/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Bodies in danger now (breathing and fits are in the cue above): devices that keep someone alive without
    // mains power (a flat battery, 制氧机没电了怎么充, is a how-to), sparks from wiring (a stove's
    // igniter sparks by design; 有火花正常吗 asks), a person who cannot get out of a lift or room
    // (not 房间里出不来热水).
    name: 'safety',
    pattern:
      /(?:停电|断电)[^|]{0,12}(?:呼吸机|制氧机|透析)|(?:呼吸机|制氧机)[^|]{0,12}(?:停电|断电)|冒(?:出)?(?:了)?火花|(?:插座|插头|插排|插线板|电线|线路|电源|充电器|充电口|充电桩|电表|电箱|开关|电闸)[^|]{0,6}(?:火花|打火)(?![^|]{0,4}正常)|(?:电梯|车里|房间|屋里|厕所)[^|]{0,4}出不来(?!热|水|暖|冷|风|气|声|画|图|信号|网|字|东西|结果)/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // A business gone with customers' money, and children's large spending. 跑路 said as done
    // (跑路了), not 跑路费 or 会不会跑路; a child's spending asked about as a refund (孩子充了
    // 五千能退吗) is the minors' refund policy, an FAQ entry.
    name: 'money-gone',
    pattern:
      /跑路(?:了|啦)|卷款|卷钱|人去楼空|(?:关门|倒闭)(?:了)?[^|]{0,10}(?:钱|退款|退费|预付|充值|押金)[^|]{0,6}(?:怎么办|找谁|退不了|没退|不退)|(?:孩子|未成年|小孩|儿子|女儿)[^|]{0,10}(?:充值|充了|打赏|花了|刷了|消费)(?:了)?[^|]{0,8}(?:几千|几万|上万|[一两三四五六七八九十几0-9]+万|[0-9]{4,})(?![^]*?(?:(?:能|可以|能不能|可不可以)[^|]{0,4}退|(?:怎么|如何)(?:申请)?退|退款流程))/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Tours that hold travellers to ransom, people left by the road. 有没有强制购物 asks about an
    // itinerary, and 手机丢在景区 is a lost item: a person must be the one left.
    name: 'stranded',
    pattern:
      /(?<!有没有|会不会|是否有|是不是有|有无|无|不)强制购物(?![^|]{0,3}(?:吗|嘛))|黑导游|导游[^|]{0,6}(?:威胁|骂人|不让(?:我们)?走|扣(?:了)?(?:我们的)?(?:护照|证件))|(?:把(?:我|我们|人|乘客|游客|老人|孩子)|被[^|]{0,6}|我们?)(?:给)?(?:扔|丢|甩)(?:在|到)(?:了)?(?:半路|路边|景区|高速)/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Cash a machine never gave while the account was charged; a swallowed card alone is an FAQ
    // topic (吞卡怎么办), so it weighs 0.5.
    name: 'cash-not-dispensed',
    pattern:
      /(?:取款|取钱|取现|取了|atm|取款机)[^|]{0,10}(?:没出钞|没吐钱|没出钱|钱没(?:有)?出来|没吐出来|钱没(?:有)?吐出来)|(?:扣|扣了)(?:钱|款)[^|]{0,6}(?:钱|现金)(?:却|但|可是)?没(?:有)?(?:出来|吐出来|拿到)/,
    weight: 1,
    generalWeight: 0.5,
  },
  { name: 'cash-not-dispensed', pattern: /吞(?:了)?(?:我的)?卡|卡被吞|把(?:我的)?卡吞/, weight: 0.5 },
  {
    // Standing at the machine now: with a swallowed card, urgent.
    name: 'urgent-need',
    pattern:
      /(?:还|人|我)在(?:机器|取款机|atm|柜员机|自助机)(?:旁边|前面|边上|跟前|这)|站在(?:机器|取款机|atm|柜员机)/,
    weight: 0.5,
    pressure: true,
  },
  {
    // Collectors who threaten or shame: abuse, calls to family and work, the contact list exposed.
    // Asked as a question (逾期会爆通讯录吗, 催收会打到我单位吗) it is the overdue policy, an FAQ entry.
    name: 'safety',
    pattern:
      /(?:暴力催收|催收[^|]{0,8}(?:骚扰|威胁|辱骂|恐吓|打到我(?:家|单位|公司)|打给我(?:家人|同事|领导|父母))|(?:催收|催债)[^|]{0,12}(?:单位|家里|家人|父母|同事)[^|]{0,4}(?:骂|闹|威胁)|爆(?:了)?(?:我)?(?:的)?通讯录)(?![^|]{0,4}(?:吗|嘛))/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // A charge for nothing bought (我没买东西，账单上多了一笔消费), across a clause break; a charge
    // asked about (这笔消费是什么) stays an FAQ question.
    name: 'unauthorized',
    pattern:
      /(?:没|没有|从没|从来没)(?:买|消费|下单|刷|用)(?:过)?(?:东西|任何东西|什么)?[^]{0,16}(?:多了|多出|出现|冒出)(?:了)?(?:一笔|几笔|两笔|笔)|(?:账单|流水|账户|记录|信用卡)(?:上|里)?(?:多了|多出|出现了?)(?:一笔|几笔|两笔)(?:不认识|不明|陌生|莫名其妙)/,
    weight: 1,
  },
  {
    // A phone, wallet or card lost with the fear that it is being used (手机丢了，怕被人盗刷), or
    // to be stopped at once (卡丢了，赶紧帮我冻结); how to report a lost card (银行卡丢了怎么挂失)
    // is an FAQ entry.
    name: 'account-taken',
    pattern:
      /(?:丢了|丢失|被偷|被盗|不见了|被抢)[^]{0,20}(?:(?:怕|担心|害怕)(?:被)?(?:人|别人|坏人)?(?:盗刷|盗用|冒用|乱用|用|刷|转走|登录|拿去)|(?:赶紧|马上|立刻|快点?|立即)(?:帮我)?(?:冻结|挂失|止付|锁(?:定|住)?))/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Staff who abuse a customer.
    name: 'complaint',
    pattern: /态度(?:极其|非常|特别|很|太)?(?:恶劣|蛮横|嚣张|粗暴)|辱骂|(?:吼|凶)(?:了)?我|骂(?:了)?我/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Being put off again and again, or a debt denied (赖账).
    name: 'anger',
    pattern: /赖账|耍赖|到底想(?:怎样|怎么样|干什么|干嘛)/,
    weight: 1,
  },
  {
    name: 'anger',
    pattern:
      /说了(?:多少|好几|无数|[两三四五几n0-9])(?:遍|次)|三番(?:两次|五次)|一而再|推脱|推诿|踢皮球|(?:一|两|三|几|半)个(?:多)?月(?:了)?[^|]{0,6}(?:还|都|也)(?:没|没有|不)/,
    weight: 0.5,
  },
  {
    // Medicine needed tonight, people beaten or shut in, sick people.
    name: 'safety',
    pattern:
      /(?:药|胰岛素)[^]{0,16}(?:今晚|今天|马上|明天一早)(?:就)?(?:要|得|必须)(?:吃|用|打)|被[^|]{0,8}(?:打(?:了|伤)(?!折|款|电话|卡|包|印|车|针|疫苗)|殴打|推倒)|把人(?:关|困|锁)在|人(?:被)?(?:关|锁)在(?:电梯|里面|车里)|(?:都|一直|还)在吐(?!槽)|吐了(?:一晚|一夜|好几次)/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Damage done to the home, and compensation demanded: each half, together urgent.
    name: 'complaint',
    pattern:
      /(?:地板|房子|家具|墙|家里|楼下|天花板)[^|]{0,6}(?:泡了|淹了|泡坏|泡烂|渗水|烧坏|烧了)|(?:我要求|要求你们|必须)(?:赔偿|赔钱|给个说法)/,
    weight: 0.5,
  },
  { name: 'complaint', pattern: /发(?:到)?(?:抖音|微博|小红书|网上|朋友圈)/, weight: 0.5 },
  { name: 'wrong-transfer', pattern: /转错(?:了)?(?:账|人|账户|卡号|钱)?|打错(?:了)?(?:钱|款)/, weight: 0.5 },
  {
    // A frozen account or card is an FAQ topic (账户被冻结了怎么办); with money needed now or
    // panic beside it, it is urgent.
    name: 'blocked-account',
    pattern:
      /(?:账户|账号|帐户|帐号|银行卡|卡|钱)[^|]{0,4}(?:冻结|被锁|锁住|锁定了|被封|封了|止付)|(?:冻结|封)了我的(?:账户|账号|卡|钱)/,
    weight: 0.5,
  },
  {
    name: 'urgent-need',
    pattern:
      /急急急|急死了|急死人|十万火急|手术费|医药费|住院费|救命(?:的)?钱|急用钱|等(?:着)?(?:这笔)?钱(?:用|救命|交)|今天(?:必须|一定要|就得)(?:付|交|还|转)/,
    weight: 0.5,
    pressure: true,
  },
  {
    // A large sum taken: urgent only beside another cue (nobody explains, anger), since "押金扣了
    // 500 是什么原因" is an FAQ question.
    name: 'disputed-charge',
    pattern:
      /(?:被|给我|把我)?扣(?:了|掉|走)(?:我)?(?:[0-9０-９]{3,}|一千|两千|几千|上千|上万|[一两几十]万)|[0-9０-９]{3,}[^|]{0,3}(?:被扣|扣没了)|(?:钱|款)[^|]{0,4}(?:取不出|提不出|转不出)/,
    weight: 0.5,
  },
  {
    name: 'stranded',
    pattern:
      /被困|滞留|困在|回不了家|回不去了|回不了国|回不去国|流落|无家可归|没(?:有)?地方(?:去|住|睡|待)|无处可去|露宿|护照(?:丢|被偷|被抢|不见)|(?:在|人在)(?:国外|境外|异国|外地)[^]{0,20}(?:回不去|回不来|没钱|身无分文|一分钱(?:都|也)?没)|身无分文|身上一分钱(?:都|也)?没|抛锚|(?:高速|路)上[^|]{0,6}(?:没油|坏了|趴窝)/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // 如何投诉司机 and 骚扰电话在哪举报 ask about a process editors write entries for; 我要投诉
    // and a complaint made with anger or exclamations stay urgent.
    name: 'complaint',
    pattern: /投诉|投拆|投述|头诉|偷诉|投素|举报|维权/,
    weight: 1,
    askedWeight: 0.5,
    generalWeight: 0.5,
  },
  {
    name: 'complaint',
    pattern:
      /(?<![0-9a-z])(?:12315|12300|12378)(?![0-9])|消协|消费者协会|工商局|市场监管|市监局|工信部|通信管理局|通管局|银保监|银监会|金融监管|监管部门|人民银行|315晚会|曝光/,
    weight: 1,
  },
  {
    // Channels for complaints to the government and the press. 12345 is also a password or a
    // member number (密码是12345), so not after 码, 号, 是, 为 or 成; asked about (12345热线的工作时间,
    // 市长热线是多少) they weigh half; 留言板 alone is any site's message board.
    name: 'complaint',
    pattern: /(?<![0-9a-z码号是为成]\s*)12345(?![0-9])|市长热线|黑猫投诉|人民网|领导留言板/,
    weight: 1,
    askedWeight: 0.5,
  },
  { name: 'complaint', pattern: /差评|媒体|记者/, weight: 0.5 },
  {
    name: 'legal',
    pattern: /起诉|律师|法院|法庭|告你们|告到|法律(?:途径|手段|责任)|仲裁|打官司|立案/,
    weight: 1,
    askedWeight: 0.5,
    generalWeight: 0.5,
  },
  {
    name: 'anger',
    pattern:
      /气死|太过分|忍无可忍|受够了|他妈(?!妈)|(?<![我你他她咱俺妈])妈的|tmd|卧槽|我操(?!作|心|练|办|持)|愤怒|火大|黑店|骗人|坑人|坑爹|无良|黑心|欺负人|什么玩意|什么破|破(?:平台|公司|店|服务)|垃圾(?:服务|平台|公司|店|客服)|差劲|恶心|耍我|欺骗消费者|滚(?:蛋|开)/,
    weight: 1,
  },
  {
    // 不给个说法 as one phrase: the bare 不 of negationBefore would cancel 给个说法 in 也不给个说法.
    name: 'anger',
    pattern:
      /垃圾|过分|无语|离谱|失望|太差|再也不|没人理|不理人|没人(?:给我)?(?:解释|处理|管|回复)|崩溃|要疯了|不给(?:我)?(?:个|一个)?(?:解释|说法)|讨个说法|给个说法|第[三四五3-5]次|烦死|生气|搞什么|骂人/,
    weight: 0.5,
  },
];

const person: PersonCue[] = [
  {
    name: 'transfer-to-person',
    pattern:
      /转(?:接|个|一个|给)?人[工攻宫功公]|接(?:通)?人工|(?:找|(?<![需不])要|叫|呼叫|换|切|申请)(?:个|一个)?人工(?!审核|复核|审批|核验)|人工服务(?![^|]{0,2}(?:收费|要钱|多少钱|费用|免费))|转(?:接)?客服|(?:找|叫|要)(?:个|一个|你们|你们的)?客服(?!电话|热线|号码|邮箱|的电话|的联系方式|的工作时间|几点|什么时候)|客服出来|(?:跟|和|同)(?:你们)?(?:的)?客服(?:直接|当面|单独)?(?:说|聊|沟通|讲)|zhuan ?ren ?gong/,
    weight: 1,
    strength: 'strong',
  },
  {
    // Asking how to reach a manager (怎么找大堂经理) is a question, not a request; someone found
    // to run an errand or fix something (找人帮我取个快递, 叫人来修空调) is a service, not a person.
    name: 'real-person',
    pattern:
      /(?<!还是|是不是|是)真人(?!秀|版|还是)|活人|(?:找|换|叫|来)(?:个|一个)?人(?!(?:来|去)?(?:帮(?:我|忙)?)?(?:从[^|]{0,6}?)?(?:拿|取|送|买|搬|修(?!改)|装|排队|跑腿|代[取买送排拿]|寄|扛|抬|遛|喂|打扫|清洗|维修|安装|上门))(?:来|帮|处理|说|回答)?|让人来|(?:跟|和)(?:真)?人(?:说|聊|讲)|(?:找|叫|要|让|请|安排|派)(?:个|一个)?(?:你们)?(?:的)?工作人员|(?:跟|和|同)(?:你们)?(?:的)?(?:工作人员|客服人员|专员)(?:通话|说|聊|讲|沟通|对话)|工作人员(?:联系|来处理|给我打|回电)|接线员|(?<!怎么|如何|在哪|去哪|哪里)(?:找|叫|要|请)(?:你们|个|一个|一位)?(?:的)?(?:值班|大堂|客户|部门|门店|网点|客服)?(?:经理|主管|领导|负责人|管事的|上级|专员|专人)|(?:安排|派)(?:一位|一个|个)?(?:客服|人工)(?:专员|人员)?(?:来|给我|帮我|处理)|(?:想|要|帮我)(?:找|联系|转给|转到)(?:一下|个|一位)?(?:柜员|柜台人员|柜台工作人员)|(?:跟|和|同)(?:你们)?(?:的)?(?:经理|主管|领导|负责人|管事的|上级)(?:说|谈|聊|讲|沟通|反映)|(?<!呼叫|来电|电话|短信)转接(?!功能|设置|号码)|人工坐席|语音客服|(?:叫|喊|请)(?:一下)?(?:你们)?(?:的)?客服(?!电话|热线)|客服(?:的)?人呢/,
    weight: 1,
    strength: 'strong',
  },
  {
    // Someone in charge or someone who knows (负责的人, 懂行的人, 店长), a specialist put through
    // (接一下客服专员, 人工坐席), a person arranged or contacted for the customer (安排专人联系我,
    // 帮我联系你们的工作人员), a phone call with the service, the word said over and over.
    name: 'real-person',
    pattern:
      /(?:让|叫|请|找)(?:你们)?(?:的)?负责(?:的)?人|接(?:一下|通)?(?:个)?(?:客服专员|专员|人工坐席|人工台|坐席)|安排专人(?:联系|对接|处理|跟进|回电|给我)|专人(?:联系|对接|跟进)我|(?:跟|和|同)(?:你们)?(?:的)?客服(?:通话|通电话|通个电话|打电话|打个电话)|(?:找|叫|换|来)(?:个|一个)?(?:懂行|专业|管事|能做主|说了算|说话算数)的人|(?:找|要|叫|转)(?:个|一个)?投诉专员|(?:你们|你们的)(?:人|负责人|领导|经理|老板)[^|]{0,4}(?:出来|出面)|(?:找|叫|要|让|请)(?:你们)?(?:的)?(?:店长|老板)(?!推荐)|(?:帮我|给我|替我)联系(?:一下)?(?:你们)?(?:的)?(?:工作人员|客服|人工|专员)|^(?:(?:客服|人工)\s*){2,}$|(?:让|叫|安排|请)(?:你们)?(?:的)?(?:客服|人工|工作人员|专员)[^|]{0,4}(?:打(?:个)?电话(?:过来|给我)?|回电|回个电话|来电)|(?:给我|帮我)?接(?:个|一个)(?:人|真人|人工)|(?:你们)(?:的)?(?:领导|经理|主管|负责人|店长|老板)(?:呢|在哪|在哪里|出来)|(?:找|叫|换)(?:你们)?(?:的)?(?:上面|上级|上头)(?:的)?(?:人|领导)?|转给(?:你们)?(?:的)?(?:同事|人工|客服)|换(?:个|一个)(?:客服|人工)|(?:叫|让|请|找)(?:你们)?(?:的)?(?:售后|技术|客服|业务|销售)(?:部|部门)?(?:的)?(?:人|人员|同事|工程师)|(?:找|叫|换|来)(?:个|一个)?(?:能|会|可以)[^|]{0,6}的人|(?:跟|和|同)(?:你们)?(?:公司|店里|平台|官方|售后)(?:的)?(?:人|人员|同事)(?:谈|说|聊|讲|沟通|对话)|(?:跟|和|同)(?:一位|一个|个)(?:顾问|专员|客服)(?:沟通|聊|谈|说|通话)|(?:找|叫|要|转)(?:一下)?(?:刚才|之前|上次|原来)(?:的)?(?:那个|那位)?(?:客服|人|专员)/,
    weight: 1,
    strength: 'strong',
  },
  {
    // A person asked to get in touch or to step in, said as a wish rather than asked about
    // (我要联系客服, 请让你们的同事联系我, 让专业的人来回答, 找我的客户经理): 客服电话是多少 and
    // 怎么联系客服 name the service's contact details, which the lookaheads leave to the entries.
    name: 'contact-person',
    pattern:
      /(?:我要|我想|我需要|我得|麻烦|请)(?:直接)?(?:联系|找)(?:一下)?(?:你们|我的)?(?:的)?(?:专属|人工|在线)?客服(?!电话|热线|号码|邮箱|方式|的电话|的联系方式|的邮箱|的工作时间)|联系(?:一下)?(?:我的)?专属(?:客服|顾问|经理)|(?:让|叫|请)(?:你们)?(?:的)?(?:同事|工作人员|客服|专员|人工|负责人|经理)[^|]{0,4}(?:联系|回复|答复|处理一下)(?:我|一下)|(?:让|请)(?:个|一个|一位)?(?:懂行|专业|管事|能做主|说了算)的人|(?:找|联系|叫)(?:一下)?(?:我的|我们的)(?:专属)?(?:客户经理|理财经理|专属客服|顾问|经理)/,
    weight: 1,
    strength: 'strong',
  },
  {
    name: 'reject-bot',
    pattern:
      /(?:不要|不想|别|不用|不跟|不和|不要跟|别让)[^|]{0,3}(?:机器|ai|智能客服|自动回复)|机器人[^|]{0,4}(?:听不懂|太笨|没用|不行|答非所问|垃圾|废物)|(?:跟|和)(?:机器|机器人|ai)[^|]{0,3}(?:说不清|讲不清|说不明白|没法沟通|沟通不了)|听不懂人话|答非所问|你听不懂|自动回复(?:没用|有什么用)|(?:别|不要|少)(?:再)?(?:用|拿)?(?:自动回复|机器人|模板)(?:回|糊弄|敷衍|应付)|机器人(?:别|不要|闭嘴|别再)/,
    weight: 1,
    strength: 'strong',
  },
  {
    name: 'person-here',
    pattern:
      /人工(?:客服)?\s*(?:呢|啊|呀|吗|在吗|在不在|在哪)|客服(?:在吗|在不在|呢)|^(?:你好\s*)?(?:人呢|有人没(?:有)?|人都去哪了|小二|掌柜的)(?:\s*[啊呀呢在吗])*(?:\s*\|)*\s*$|小二(?:在吗|在不在|出来)|^(?:你好\s*)?(?:老板|店长|经理)(?:在吗|在不在)|掌柜(?:的)?(?:在吗|在不在|出来)|^(?:你好\s*)?(?:有人(?:在)?吗|有没有人(?:在)?)(?:\s*[啊呀呢在])?(?:\s*\|)*\s*$/,
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
    pattern: /客服回(?:我|一下)|^rg$/,
    weight: 1,
    strength: 'weak',
  },
  {
    name: 'person-mention',
    pattern:
      /人工(?!智能|费|成本|草|湖|降雨|合成|审核|复核|审批|核验)|^(?:在线|真人)?客服(?:\s*(?:你好|您好|呀|啊))?$|ren ?gong/,
    weight: 1,
    strength: 'weak',
  },
];

/** Chinese tables: urgent topics, requests for a person, their negations. */
export const CHINESE_SIGNALS: SignalLexicon = {
  language: 'zh',
  urgent,
  person,
  // When the line to a person is open (转人工的话什么时间段能接通) is a question about the service.
  serviceQuestionHead:
    /(?:半夜|深夜|晚上|夜里|凌晨|周末|节假日|过年|春节)[^|]{0,8}(?:还有|有没有)[^|]{0,4}(?:人工|真人|客服)|(?:什么时间段?|几点(?!了)|什么时候|哪个时间段?|哪些时间)[^|]{0,6}(?:能|可以|才能|会|就)?(?:接通|打通|打进来|打得通|打得进|转接|转到|联系上|有人接|下班|上班|没了|不在|休息|下线|结束|开始|在线)/,
  serviceQuestion:
    /几点|什么时候|什么时间|时间|多久|多长时间|收费|费用|多少钱|免费|这个点|这会儿|在不在线|上班|下班|营业|周末|周[一二三四五六日天几]|星期|节假日|放假|休息|晚上|早上|电话|热线|号码|邮箱|24小时/,
  negationBefore:
    /(?:不用|不需要|(?<![^\s|我就也都先还])不|不要|无需|没必要|不必|甭|用不着|不想|别|不找|不转|(?<!是)不是|(?<!有)没有(?:人)?|没人|无人|(?:人|大家|谁|一个人)(?:都|也)?没(?:有)?|并非|不算)(?:[帮给替为]?[我你您]|再|去|了|们|麻烦|帮忙|急着|先|马上|直接|给|找|转|接|要|想|在|被|\s)*$/,
  negationAfter: /^\s*(?:就|也|倒|先|暂时)?(?:不用|不需要|不必|算了)/,
  // How or where to do it (怎么对这个司机进行投诉, 在哪里可以举报), but not 怎么回事 or 怎么这么 (anger).
  askedBefore:
    /(?:如何|怎么(?!回事|搞|这么|那么|能这样|可以这样|会)|怎样|咋(?!回事|搞)|在哪|哪里|哪儿|去哪|到哪|什么地方|什么渠道|什么途径|通过什么)[^|]{0,8}$/,
  // Its process or channel (投诉的流程, 举报电话), what it is (市长热线是多少, 黑猫投诉是什么), or
  // whether one may (对代理人的服务不满意可以投诉吗).
  askedAfter:
    /^(?:[^|]{0,6}?(?:的)?(?:流程|渠道|途径|方式|方法|入口|步骤|电话|热线|进度|结果|怎么(?!回事|搞)|如何|在哪|去哪|哪里|多久|多长时间|几天)|是(?:多少|什么)|(?:吗|么|嘛))/,
  // A hypothetical, its prevention or how to recognise it, in the same clause (如果被盗刷了怎么办,
  // 万一出车祸, 如何防止被骗, 怎么识别冒充客服的诈骗), but not a threat (如果不退款我就报警: demandBefore).
  generalBefore:
    /(?:如果|万一|假如|假设|要是|若是|倘若|一旦|如何防止|怎么防止|怎样防止|如何避免|怎么避免|怎样避免|如何防范|怎么防范|防止|预防|防范|谨防|避免|防|(?:如何|怎么|怎样|咋)(?:识别|辨别|分辨|辨认|鉴别))[^|]{0,10}$/,
  // What a policy covers or a claim needs (中风属于重疾吗, 骨折可以报销吗, 车祸理赔需要什么材料), the
  // insurance named after it (盗刷险怎么买), a claim through a policy (家中被盗可以通过家财险理赔吗),
  // the towing or roadside service asked for (车辆抛锚如何申请拖车: its entry gives the number), a
  // feature by that name (报警功能在哪), the replacement of a document (护照丢了怎么补办), or a
  // condition (休克需要住院的话).
  generalAfter:
    /^(?:案件|案例|手段|套路|回执|咨询|费用|收费|险|保险)|^[^|\s了]{0,5}?(?:怎么|如何|怎样|咋)(?:识别|辨别|分辨|辨认|鉴别)|^[^|]{0,6}?(?:的话|(?:申请|办理)(?:理赔|报销)|(?:能|可以)报(?:吗|不)|(?:走|用)(?:意外险|保险|车险|医保|医疗险|重疾险)|管不管|(?:意外险|保险|车险|医疗险|重疾险)(?:管|赔|保)(?:吗|不)|(?:怎么|如何|在哪|哪里|去哪)?(?:补办|补领|补发|重新办理)|(?:可以|能|能不能|可不可以|是否|会不会|给不给|也)(?:给)?(?:报销|理赔|赔付|赔偿|赔|保)|(?:可以|能)(?:通过|用|走)[^|]{0,6}?(?:理赔|报销|赔付|赔)|(?:如何|怎么|怎样|咋)?(?:申请|预约|叫|呼叫)(?:拖车|道路救援|救援服务)|(?:报销|理赔|赔付|赔)(?:吗|嘛|么|不|的|流程|材料|条件|标准|比例|范围|额度|多少)|属于|算不算|算(?:是)?(?:意外|重疾|重大疾病|保险事故)|(?:在|不在|在不在)(?:保障|承保|理赔|保险)(?:责任|范围)|(?:保障|承保|理赔|赔付)(?:范围|责任)|(?:需要|要)(?:准备|提供|提交|带)?(?:什么|哪些)(?:材料|资料|证明|证据|手续|单据))/,
  demandBefore: /(?:要|想|必须|一定|坚决|强烈|马上|立刻|立即|我就)(?:去|来|再)?(?:[向对给找跟][^|]{0,6})?$/,
};
