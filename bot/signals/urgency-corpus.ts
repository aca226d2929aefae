/**
 * A training corpus for the urgency model (`UrgencyModel` in `./urgency-model.ts`): urgent and
 * calm customer messages written for training only, so that the evaluation sets can stay a
 * measure instead of being copied into the model.
 *
 * How it was written: every line by hand, from general knowledge of how customers write to a
 * service desk, without reading the evaluation sets, the existing urgency examples or the
 * knowledge-base fixtures. Each line is meant to read like a different person: lengths from two
 * characters to long rambling messages; terse, polite and furious registers; typos and homophones
 * (帐户, 退歀, ur, acount), full-width digits, emoji, missing or repeated punctuation. About six lines
 * in ten are Chinese (mostly simplified, some traditional, some mixed with English words such as
 * app, wifi, c/i), the rest English.
 *
 * The policy. A message is URGENT when something is happening to this customer that a person must
 * take now:
 * - physical harm or danger: injury, fire, smoke, gas, electric shock, food poisoning, an allergic
 *   reaction, an accident, someone threatening or harassing them (including a driver, courier or
 *   staff member), a child hurt by a product, a medical device failing;
 * - money wrongly taken: charged twice, charged for something cancelled, an unknown large or
 *   repeated charge, a balance emptied, a long-promised refund still missing and the customer angry;
 * - fraud or theft in progress or just happened: a stolen account, a stolen card being used, a fake
 *   customer-service caller asking for codes or screen sharing, a scam transfer just made;
 * - being stranded: abroad, at an airport at night, on a highway, locked out with a child inside;
 * - legal or regulator threats: lawyer, court, police, 12315, 消协, 金融监管/银保监, 工信部, the media, 曝光;
 * - making a complaint (我要投诉, I want to file a complaint), and strong anger or abuse (骗子公司,
 *   垃圾服务, "you people are thieves").
 * CALM is everything else, and weighs as much: FAQ questions of every domain, including questions
 * about serious topics asked as procedure (如何挂失银行卡, what should I do if my card is lost,
 * 出车祸了保险怎么理赔的流程是什么), requests for a person that are not urgent (转人工, talk to an
 * agent), mild impatience (怎么还没到啊), polite complaints about small things, chit-chat and
 * out-of-scope questions, and negated alarms (我没有被骗，就是问问; not urgent, just asking).
 *
 * Domains covered (each with urgent and calm lines, grouped below by `// domain / kind`): online
 * shopping; parcels and couriers; airlines; hotels; trains; ride-hailing; food delivery; banking and
 * cards; payments and wallets; insurance; telecom and broadband; utilities (power, gas, water);
 * property management; healthcare appointments; pharmacies; education and online courses; software
 * and SaaS accounts; games; streaming subscriptions; car rental and car services; real estate and
 * rentals; government services; appliances and repairs; fitness clubs; ticketing; pets and vet
 * clinics; travel agencies and tours; moving and home services; social media and messaging apps;
 * plus general lines that belong to no domain (bare complaints, abuse, threats, greetings, requests
 * for a person, fragments). No line appears twice, and none appears in both arrays.
 */

/** Urgent messages: something a person must take now (see the policy above). */
export const URGENT_CORPUS: readonly string[] = [
  // online shopping / money wrongly taken
  '同一笔订单扣了我两次钱！！！赶紧给我退',
  '我明明已经取消订单了，为什么还是扣了599',
  '双十一付了定金，尾款莫名其妙扣了两遍，客服一直说系统正常',
  '快点处理！我绑的卡被扣了3次同样的金额 ¥２９９',
  '信用卡一晚上被扣了五笔，每笔一千多，全是你们平台的，我一件都没买',
  '退货退款说好3到5天，现在一个多月了钱还没到，你们是不是想吞我的钱？？',
  '預購的手機已經取消了還是被扣款，客服一直踢皮球',
  '7天无理由退货被拒还把运费险的钱扣了 吸血鬼吧你们',
  'You charged my card twice for the same order, fix it NOW',
  'I cancelled this order last week and you still took $340 from my account',
  'charged 4 times?? 4!!! for one pair of shoes',
  "refund was approved 7 weeks ago and nothing. I'm done being patient, where is my money",

  // online shopping / harm from a product
  '买的电热毯插上就冒烟了，差点着火，家里还有老人',
  '充电宝在床上炸了 被子烧了个洞 我手也烫伤了',
  '孩子玩你们卖的玩具，小零件卡在喉咙里，现在在去医院的路上！！',
  '买的婴儿奶粉有异味，宝宝喝完上吐下泻，已经送急诊了',
  '收到的面霜用完脸肿得睁不开眼 过敏了 人在皮肤科',
  '高压锅用的时候盖子直接崩开，我老婆手臂大面积烫伤',
  'the hair dryer I bought from you caught fire in my hand',
  'My son swallowed a button battery from the toy you sold, we are in the ER right now',
  'The space heater sparked and the outlet is smoking, what do I do',
  'the baby formula you sent was expired and my baby has been vomiting all night',

  // online shopping / fraud and stolen account
  '账户里突然多了好几笔不是我下的订单，收货地址也被人改了',
  '刚才有个自称淘宝客服的让我把验证码报给他，我报了，余额全没了',
  '有人冒充你们客服打电话说我订单异常要开屏幕共享，我开了，现在怎么办啊',
  '我的账号被盗了，有人用我绑的花呗下了一万多的单',
  "Someone called saying they're from your support and asked me to install AnyDesk, I did and now my bank account is empty",
  "My account was hacked, password and email changed, they're buying gift cards with my saved card right now",
  'There are orders on my account I never placed, shipping to an address in another state',

  // online shopping / threats, complaints and anger
  '你们这个骗子平台，收了钱不发货，我要去12315投诉',
  '客服态度极差，问题拖了三天没人管，投诉电话给我，我现在就打',
  '垃圾平台 卖假货还不让退 等着被曝光吧',
  '商家在聊天里骂我，还说知道我住哪，我很害怕',
  '我已经联系律师了，这件事你们不给说法就法庭见',
  '已经打了市场监管局的电话，明天电视台记者会来',
  '你们这是诈骗！！！付了款订单直接消失了',
  "I want to file a complaint. This is the third time you've ignored me.",
  'you people are thieves, where is my refund',
  'this is a joke. $800 gone and no product. calling my lawyer tomorrow morning',
  'seller is sending me threatening messages after I left a 1-star review',
  'Scam company!!! fake product no refund, reporting you to the BBB and the attorney general',

  // parcels and couriers / harm, harassment and danger
  '快递员送件的时候骂我，还踹我家门，现在还在楼下不走',
  '快递小哥加我微信一直发骚扰信息，还说要来找我，我一个人住',
  '快递员开三轮车撞了我孩子，孩子腿流血了，人跑了',
  '收到一个包裹在漏液体，味道很刺鼻，我头晕想吐',
  '包裹里寄来一堆不明粉末，我手碰到了现在起疹子',
  "The courier shoved me when I asked him to wait, I'm bruised and he's still outside",
  'delivery driver keeps texting me at 2am saying he knows where I live',
  "a parcel left at my door is leaking something and my dog licked it, he's shaking",
  'your driver backed into my car and just drove off, I have it on camera',

  // parcels and couriers / loss, fraud and money
  '我寄的是五万块的金条，单号显示签收了但是收件人根本没收到！',
  '到付被收了两次运费，快递员还不认账',
  '有人打电话说是快递理赔客服，让我下载一个会议软件共享屏幕，我转了八千过去，现在联系不上了',
  '收到短信说包裹地址不全点链接补填，我填了银行卡信息，卡里马上被刷走两千多',
  '保价一万的包裹丢了，你们只赔三百，当我傻？我要去邮政管理局投诉',
  '代收货款的钱三个月了还没打给我，一万二啊，你们快递公司是不是跑路了',
  'I paid the customs fee twice, once on your site and once to the driver, want my money back now',
  'Got a text about a held package, paid the "redelivery fee" and now there are three charges on my card I don\'t recognize',
  "package with my passport inside marked delivered but it's not here, I fly in two days",
  'your guy stole my package, the doorbell camera shows him taking it back to the van',

  // parcels and couriers / complaints and anger
  '我要投诉这个快递员！！！每次都不打电话直接放驿站，东西还被拆过',
  '第三次了包裹被扔在雨里，垃圾快递，我要打12305投诉',
  '你们丢了我的件还挂我电话，再不处理我就找邮政局和媒体',
  '生鲜冷链包裹晚了四天，海鲜全臭了，你们就回复个“抱歉”？骗子公司',
  '人都没来就显示“已签收”，这是欺诈吧，我已经报警了',
  '快递站的工作人员对我动手推搡，我现在在派出所',
  'Please log this as a formal complaint: five parcels lost by your depot this month alone',
  "Your driver threw my TV over the fence. it's smashed. This is unacceptable, I'm going to the news",
  'absolute clowns. marked delivered, not delivered, and your chat bot keeps looping. I want a human and compensation NOW',
  'third missed delivery and you charged me a redelivery fee each time, you are thieves',

  // parcels and couriers / stranded and time critical
  '我的胰岛素是冷链寄的，现在卡在中转站两天了，我明天就没药了',
  '寄去医院的手术器械今天必须到，显示滞留在分拨中心，病人在等',
  '医生开的救命药快递显示退回了，我爸等着吃，求你们马上处理',
  'my heart medication is stuck in your warehouse and I have one pill left',
  'the organ transport cooler box was sent to the wrong hospital, we need it rerouted immediately',

  // airlines / stranded
  '航班取消了，我一个人带着两个孩子困在机场，现在晚上十二点了，没人管我们',
  '我在迪拜转机，你们的航班取消了，签证只能待24小时，明天就过期了怎么办',
  '凌晨两点滞留在乌鲁木齐机场，地勤全下班了，手机快没电了',
  '行李丢了，护照和药都在箱子里，我人在国外明天就要出境',
  '被拒绝登机说超售了，可我妈在老家病危，今天必须到！！！',
  "Flight cancelled, I'm stuck in Frankfurt at midnight with a 3 year old and no hotel",
  "I've been on the tarmac for 5 hours, no water, and there's a diabetic passenger getting sick",
  "my connecting flight left without me and the desk is closed, I'm alone in Istanbul and my visa runs out tomorrow",
  'they bumped me off the flight and my dad is dying in hospital, I need to be on the next plane',

  // airlines / harm and danger
  '飞机上被邻座的男的一直摸腿，空乘不管，我现在还在飞机上',
  '机上餐吃完全身起红疹，喘不上气，我对花生过敏有备注的',
  '行李架掉下来的箱子砸到我头了，现在头晕恶心，机组只给了个冰袋',
  '轮椅服务没安排，我爸摔倒在廊桥上，脑袋磕破了',
  "A passenger on my flight is threatening me and the crew won't move me, I'm scared",
  'I told the crew about my nut allergy and they served me satay, my throat is swelling',
  'your staff dropped my mum out of the wheelchair at the gate, she might have broken her hip',

  // airlines / money wrongly taken
  '改签一次扣了我两次改签费，一共多扣了1800',
  '机票退了三个月，钱一分没回来，客服说在处理处理处理，骗子吧',
  '我没买保险，为什么订单里被强制加了两份航意险？还扣钱了',
  '机票付款失败又重新付了一次，结果两笔都扣了，票却只有一张',
  "You charged my card three times for one ticket and I can't reach anyone",
  "I cancelled within 24 hours and you kept $1,100, that's theft",
  "refund promised in 7 days, it's been 4 months, you're thieves",

  // airlines / fraud, complaints and threats
  '收到短信说我的航班取消了要退改，我打过去对方让我开通什么“退款通道”，已经转了两万',
  '加我微信的“航空公司客服”让我先付理赔保证金，我付了，现在想想是不是被骗了',
  '你们地勤当众辱骂我，我全程录音了，这个投诉我投定了',
  '行李箱被暴力摔坏，里面的相机全碎了，我要去民航局投诉',
  '超售不提前说，把我们赶下飞机，我要找媒体曝光你们这种航空公司',
  '我的常旅客账号被人盗了，里程全被兑换成别人的机票了',
  "I'm filing a complaint with the DOT, this is the worst airline I've ever dealt with",
  "My miles account was emptied overnight, 200,000 points gone to tickets in someone else's name",
  'got a call from "airline refunds" asking for my card PIN and a code, I gave it to them',

  // hotels / harm and danger
  '酒店房间里有烟雾报警器一直响，走廊全是烟，前台电话打不通！！',
  '浴室地板太滑摔倒了，头磕在浴缸上流了好多血',
  '半夜有人用房卡开我的房门，我一个女生住，现在吓得不敢动',
  '房间里一股煤气味，窗户打不开，我头好晕',
  '在酒店餐厅吃完早餐，我们一家三口都拉肚子发烧，孩子在吐',
  '泳池没有救生员，我儿子刚才差点淹了',
  "There's smoke coming from the air vent in my room and no alarm went off",
  "a man has been knocking on my door for 20 minutes saying he's staff, the front desk says they didn't send anyone",
  "the balcony railing came loose and my daughter almost fell, we're on the 9th floor",
  'got an electric shock from the shower switch, my arm is numb',
  'found bed bugs all over and my kid is covered in bites, we need a different room right now',

  // hotels / stranded
  '到了酒店说没有我的预订，订单明明已经付款了，现在晚上十一点，外面在下大雪',
  '我订的民宿房东失联了，密码锁打不开，我在国外带着老人',
  '酒店把我的房给了别人，现在凌晨一点，附近全满，我无处可去',
  "arrived at 1am and the hotel says my prepaid booking doesn't exist, I'm on the street in a city I don't know",
  "I'm locked out of my room and my baby is inside asleep, nobody is at the desk",

  // hotels / money wrongly taken
  '退房一个礼拜了押金还冻结着，还又扣了我800说什么迷你吧消费，我根本没碰',
  '订了一晚被扣了三晚的钱',
  '免费取消的订单取消了还是扣全款',
  '房间里的东西不是我弄坏的，你们直接从我信用卡扣了2000，这是抢劫',
  'you charged me for 4 nights, I stayed 1',
  'hotel pre-authorized my card for $1,500 and then actually charged it, and the front desk just shrugs',
  'I cancelled free of charge per your policy and you still charged the full amount. Thieves.',

  // hotels / complaints and anger
  '房间里爬满蟑螂，前台还嫌我事儿多，给我登记投诉，叫你们经理来',
  '房间里发现了摄像头！！！我已经报警了，你们给我解释清楚',
  '酒店经理辱骂我还要把我赶出去，我要找媒体曝光你们',
  '垃圾酒店，照片全是假的，我要去12315和携程投诉',
  'I found a hidden camera in the smoke detector. Police are on the way.',
  'I want to make a formal complaint about the night manager, he screamed at my wife',
  'absolute scam, the "sea view room" faces a wall, I\'m posting this everywhere',
  "your booking site is a fraud and I'm talking to my lawyer",

  // trains / harm and danger
  '高铁上有个男的喝醉了一直骚扰我，还说下车跟着我，乘务员在哪',
  '车厢连接处在冒烟，有一股烧焦的味道，广播什么都没说',
  '我爸在火车上突然胸口疼说不出话，车上有没有医生！！',
  '站台上被人推了一把，膝盖磕破了，推我的人还在骂',
  '列车急刹我女儿撞到桌角，额头裂了个口子一直在流血',
  '卧铺上铺的护栏松了，孩子半夜掉下来了',
  'someone on the train is waving a knife around in coach 6, please send help',
  'my wife fainted on the platform and the station staff are nowhere',
  "the sleeper cabin door locked from outside and I can't get out, it's getting hot",

  // trains / stranded
  '火车停在荒郊野外三个小时了，没水没电没空调，车里有老人和婴儿',
  '末班车被取消了，我一个人在小站，天黑了周围一个人都没有',
  '坐过站了，现在在一个不认识的县城，钱包还被偷了，手机只剩5%的电',
  '晚点导致没赶上国际联运的车，签证今天到期，人在边境口岸',
  "train broke down in the middle of nowhere, no AC, it's 38 degrees, people are passing out",
  "last train cancelled and I'm alone at a tiny station at night, no taxis, no staff",
  "missed my connection because of your delay and I'm stuck at the border with an expiring visa",

  // trains / money wrongly taken
  '12306抢票成功了扣了一次钱，又提示失败，重新买又扣了，现在卡里少了两千四',
  '退票显示已经退款了，两个月了钱还没回来，问了八遍都说等',
  '候补没成功为什么还扣了钱不退？？',
  'I got charged twice for the same seat and the second charge is now "pending" for a month',
  'you took my money for a ticket that the app says never existed',

  // trains / fraud, complaints and anger
  '有人打电话说我的车票有问题，要我到ATM操作退款，我已经转了六千',
  '帮别人抢票的黄牛收了钱跑了，他说是你们官方合作的',
  '列车员对我大吼还把我的行李扔到过道，我要投诉他',
  '我要投诉！无座票卖得比座位票还多，车厢挤到喘不过气，有人晕倒你们不管',
  '已经打12345了，再不退款我就去找记者',
  '垃圾铁路公司 延误5小时一句道歉都没有',
  'my rail account was taken over and someone booked first class tickets with my saved card',
  "I'm filing a complaint with the rail regulator about the conductor who humiliated my disabled son",
  "you people are a disgrace. 6 hour delay, no compensation, no info. I'll see you in small claims court",

  // ride-hailing / harm, harassment and danger
  '司机不走导航开到了郊区，我让他停车他不理我，我该怎么办！！',
  '网约车司机一直问我有没有男朋友还要加微信，现在车门锁着',
  '司机疲劳驾驶差点撞上护栏，我让他靠边他还骂我',
  '刚下车就被司机开车蹭倒了，腿肿了，他直接开走了',
  '车里有很重的汽油味，司机还在抽烟，我孩子一直咳嗽',
  '出车祸了，司机追尾了前车，我脖子很疼，司机让我自己下车走',
  '司机下车跟我动手了，就因为我让他开空调',
  '我女儿一个人打的车，现在定位显示往高速开，电话也打不通！！',
  "The driver is going the wrong way and won't answer me, I'm scared",
  "my driver is drunk, he's swerving all over the highway",
  "the driver grabbed my arm when I tried to get out, I'm still shaking",
  "we just got into a crash, the driver is bleeding and I don't know what to do",
  'driver dropped me off on the side of the motorway at night and left',
  "my daughter's ride is 40 minutes off route and her phone is off, please track the car",

  // ride-hailing / stranded
  '司机把我扔在山路上了，没信号，天快黑了',
  '凌晨在高速服务区被司机赶下车，打不到车，手机快没电了',
  "cancelled on me at 3am outside a closed airport terminal, no other drivers, it's freezing",

  // ride-hailing / money wrongly taken
  '明明只坐了十公里，扣了我四百多，司机绕路还加了个什么高速费',
  '行程取消了还被扣了两次取消费',
  '一趟车扣了我三次钱！三次！！',
  '我根本没打车，账户里却有五笔行程扣款，都是在外地',
  'charged $230 for a 15 minute ride, the driver must have left the trip running',
  "there are six rides on my account in a city I've never been to",
  "you charged me a cleaning fee of $150 for a mess I didn't make",

  // ride-hailing / fraud, complaints and anger
  '这个司机全程辱骂我，我有录音，必须投诉他，今天就要结果',
  '接到一个“平台客服”电话，说车费多扣了要退给我，让我开屏幕共享，我照做了，信用卡就被刷了',
  '司机威胁我给好评，不然就去我家找我，他知道我住哪',
  '垃圾平台，司机骚扰乘客你们就封个号？我要报警然后找媒体',
  "Driver Mark screamed at my elderly mother the whole ride. I'm lodging a complaint and I want a reply today",
  'your driver is now texting me threats because I gave him 2 stars',
  "this app is a scam and I'm reporting you to the consumer protection office",

  // food delivery / food poisoning and allergy
  '吃了你们平台点的小龙虾，全家四口都上吐下泻，老人已经在输液了',
  '备注了花生过敏，结果菜里还是有花生碎，我现在嘴唇肿了喘不上气',
  '外卖里吃出了玻璃碴，嘴里全是血',
  '给孩子点的粥里有一根针！！孩子差点吞下去',
  '点的寿司吃完两个小时就开始发烧肚子绞痛，同事也一样',
  '外卖米饭里有只死老鼠，我已经吐了好几次了',
  "I told them no shellfish, severe allergy, and there were shrimp in it. I've used my epipen, ambulance is coming",
  'the whole office got food poisoning from your lunch order, three people are in the hospital',
  'there was a piece of metal in my burger and I cracked a tooth, my mouth is bleeding',
  'my kid ate the cake you delivered and broke out in hives, it said nut free',

  // food delivery / harm and harassment
  '骑手送餐的时候嘴里不干不净，还拍我家门牌号，说要晚上再来',
  '外卖小哥骑车把我撞了，在小区门口，他人跑了',
  '给了个差评，骑手就打电话威胁我说“你等着”',
  '骑手一直给我发消息，问我是不是一个人住',
  "the delivery guy keeps calling me after the order asking if I'm single, he knows my address",
  "rider knocked my grandma over on the pavement and rode off, she can't stand up",
  'after I complained the driver came back and is banging on my door',

  // food delivery / money wrongly taken
  '订单取消了钱没退，还又扣了一次',
  '一单外卖扣了三次钱，银行短信连着来了三条',
  '会员我早就取消了，每个月还在扣15块，已经扣了半年',
  '餐没送到显示已送达，钱不退，客服机器人一直绕圈子，骗子平台',
  "you charged me $64 twice for one order and the app says the second one doesn't exist",
  'I cancelled before the restaurant even accepted and you took the full amount',
  "there's a $300 order on my account from last night that I didn't place, the delivery was across town",

  // food delivery / fraud, complaints and anger
  '有人冒充外卖平台客服说我点餐的时候操作失误开通了会员，要帮我取消，让我转账到“安全账户”，我转了五千',
  '我的账号被盗了，有人用我的余额点了十几单',
  '我要投诉这家店！卫生太差吃出虫子，商家还骂人',
  '垃圾外卖，等了两个半小时，饭全凉了还洒了一半，退款还被拒',
  '我已经拍照留证据了，明天去市场监管局举报，等着被曝光吧',
  "This is the third time my food didn't arrive and you keep refusing refunds. You're a scam company.",
  'I want to file a formal complaint, the restaurant staff insulted me over the phone',
  'someone logged into my account from another country and ordered on my card',

  // banking and cards / stolen card and fraud in progress
  '我的卡在身上，但是刚收到短信在国外刷了三万块，马上帮我冻结！！！',
  '银行卡丢了，已经被人在ATM取了两万，怎么办',
  '刚才接到电话说是银行的，说我卡有风险，让我把验证码告诉他，我说了，然后卡里就少了五万',
  '手机被偷了，手机银行没退出，余额正在一笔一笔被转走',
  '我的信用卡半夜被刷了十几笔，每笔都是几百块，都在境外网站',
  '有人冒充公安说我涉嫌洗钱，让我把钱转到安全账户，我转了二十万，现在他们不接电话了',
  '我爸被骗了，刚刚给一个“银行客服”转了八万养老钱，求你们赶紧拦截',
  '信用卡被盗刷了一万二 我在上班 卡一直在我钱包里',
  "My card was just used in another country, I'm holding it in my hand. Block it now!",
  'I got a call from "the fraud department" and read them the code from my text, now $9,000 is gone',
  'someone is draining my checking account right now, I see transfers every few minutes',
  "my wallet was stolen an hour ago and the card's already been used at three stores",
  'my elderly father just wired his savings to a scammer who said he was from your bank, can you stop it',
  'I shared my screen with someone claiming to be from the bank and they moved money out of my savings',

  // banking and cards / money wrongly taken
  '同一笔还款扣了两次，这个月的工资全没了，房租怎么办',
  '我没有开通任何服务，每个月被扣年费、短信费、账户管理费，已经扣了两年',
  '一笔我不认识的大额扣款，四万八，收款方是一家我没听说过的公司',
  '我的账户被冻结了，工资进不来，孩子下周要交学费，你们一句话都不解释',
  '转账显示成功对方没收到，已经半个月了，钱去哪了',
  'You charged me an overdraft fee 6 times in one day',
  'my entire balance is gone and your app shows transfers I never made',
  "There's a $4,800 charge from a company I've never heard of",
  'payment went out twice on my mortgage and now my account is overdrawn',

  // banking and cards / complaints and threats
  '你们的客户经理骗我买理财说保本，现在亏了三十万，我要投诉他，也要投诉你们银行',
  '已经向金融监管局投诉了，你们等着吧',
  '垃圾银行，排队两个小时，柜员还给我甩脸色',
  '再不给我处理我就去银保监会和媒体那里曝光你们',
  '你们这是抢钱！！！一分钱没欠，凭什么扣我的钱',
  'Already opened a case with the CFPB about this, expect to hear from them',
  'my lawyer will be in touch about the money you lost',
  "you people are crooks, I've been a customer for 20 years",

  // payments and wallets / scam transfer just made
  '刚刚给一个网友转了三万块，说是投资平台，现在他把我拉黑了，能追回来吗',
  '刚才在闲鱼上买东西，对方让我扫码付款，付了以后说要再付“解冻金”，我又付了，是不是被骗了！！',
  '有人冒充我儿子加我微信说出车祸急需用钱，我转了两万，刚发现是假的',
  '对方说我的花呗要注销不然影响征信，让我把钱转到指定账户，我转了四笔',
  '我在网上刷单返利，前面都返了，最后一单投了五万就不返了，客服也不见了',
  'I just sent $2,500 to someone pretending to be my landlord, can you reverse it',
  'sent money to a "crypto advisor" an hour ago and now he\'s blocked me',
  'the seller asked me to pay outside the platform and then disappeared, I paid $1,200 ten minutes ago',

  // payments and wallets / stolen account and unauthorized payments
  '我的支付宝被盗了，密码被改了，绑定的卡正在被扣钱',
  '微信零钱里的钱被人转走了，我没有操作过，一共八千多',
  '手机丢了，钱包app里还有两万，赶紧帮我冻结账户',
  '账户里出现好多笔免密支付，都是游戏充值，不是我',
  'someone changed the phone number on my wallet and is moving my money out',
  'My phone was stolen and the thief is using my wallet app, there are payments every few minutes',
  "I see 12 transactions I didn't make, all to the same merchant, please freeze everything",

  // payments and wallets / money wrongly taken
  '付款失败提示重试，结果扣了两次，商家只收到一笔',
  '提现到银行卡一个多月了还在“处理中”，三万块就这么没了？',
  '自动续费我早关了，怎么还每个月扣',
  '商家已经退款了，钱在你们这卡了二十天，你们是不是在挪用',
  'my withdrawal has been "pending" for 5 weeks, $6,000, and support keeps closing my tickets',
  "you froze my account with $14,000 in it and won't tell me why. I have rent due Friday",
  'charged twice by your checkout for the same invoice',

  // payments and wallets / complaints and threats
  '我要投诉！冻结我的账户又不给理由，生意都做不了',
  '你们就是骗子公司，钱进得来出不去',
  '已经去派出所报案了，警察让我找你们调记录，你们却说要等七个工作日？',
  '再不解冻我就去人民银行和金融监管总局投诉',
  'consider this my official complaint about how my case was handled, and I want a case number',
  'this is a joke, my money is held hostage and nobody answers. Lawyer it is.',
  'Reporting you to the regulator and every review site I can find',

  // insurance / accident or emergency now
  '刚出车祸了，对方车跑了，我和孩子都在车里，孩子在哭，现在该干什么',
  '我在国外旅游摔断了腿，医院要先交三万押金才给手术，旅行险的救援电话一直打不通',
  '家里水管爆了，水漫到楼下了，房屋险能不能马上派人来',
  '车在高速上撞了护栏，发动机冒烟，我人在应急车道，保险的道路救援呢',
  '我爸心梗住进ICU了，医院说要先付钱，你们的直付到底能不能用',
  "my husband just had a stroke on holiday in Spain and the hospital won't treat him without a guarantee of payment",
  'We were just in a car accident on I-95, my car is smoking and the other driver is yelling at me',
  "house fire tonight, we're out but everything is gone, I need emergency accommodation now",
  'my daughter is being airlifted and your emergency line keeps putting me on hold',
  'the tree fell through our roof during the storm and water is pouring in',

  // insurance / claim refused or money taken
  '理赔材料交了半年，一分钱没赔，现在说条款不包括，当初业务员可不是这么说的',
  '我没买过这个保险，为什么每个月从我卡里扣四百多，已经扣了两年',
  '退保了三个月，保费还没退，还又扣了一期',
  '骗子保险公司！出事前天天打电话，出事后电话都不接',
  '一场车祸你们拖了八个月不赔，对方已经起诉我了',
  "you've been taking premiums from my account for a policy I cancelled in March",
  "my claim was denied after I paid for 15 years, you're a bunch of thieves",
  'a charge of $2,400 for "annual premium" on a policy I never signed up for',

  // insurance / fraud, complaints and threats
  '一个自称保险公司的人说我的保单能退高额保费，我按他说的开了共享屏幕，卡里的钱被转走了',
  '业务员冒用我的签名给我买了一份分红险，我要报警',
  '我已经向金融监管局投诉了，不处理就上法院',
  '你们的理赔员威胁我说不撤诉就一分钱都拿不到',
  '理赔员把我当骗保的一样审问，态度恶劣到极点，投诉！！',
  'I want to file a complaint with the state insurance commissioner',
  'your adjuster threatened me on the phone. I recorded it.',
  'my lawyer is drafting the letter. see you in court',

  // telecom and broadband / money wrongly taken
  '这个月话费扣了我八百多，我平时才几十块，一堆我没订过的增值业务',
  '宽带已经销户了还在每个月扣费，扣了一年了',
  '我从来没开过国际漫游，回来账单三千多',
  '套餐降档了还是按高档扣，三个月多扣了五百，你们这是偷',
  '同一个月的宽带费扣了两次',
  'Your company charged me $600 in roaming for a trip I never took',
  'I cancelled my contract in writing and you are still billing me 5 months later',
  'you added three "premium services" I never asked for, that\'s fraud',

  // telecom and broadband / fraud and stolen number
  '我的手机号突然没信号了，营业厅说有人拿着假身份证补了我的卡，我的银行卡全绑着这个号！！',
  '点了“移动客服”短信里的链接，说号码要停机要认证，我把银行卡密码也输进去了',
  '收到一堆验证码短信，然后就停机了，我的号是不是被人劫持了',
  "my SIM was swapped without my permission and someone's resetting my bank passwords right now",
  'I got a call from "your tech support" and they had me install software on my laptop, now my email is locked',

  // telecom and broadband / danger and urgent outage
  '我爸戴着心脏监护设备，需要网络上传数据，家里网断了两天了，医生联系不上',
  '装宽带的师傅在我家不走，一直说些不三不四的话',
  '你们的电线杆被风刮倒了，电缆垂在路上还在打火花',
  '外面的光纤箱在冒烟，就在小孩玩的地方',
  "my elderly mum's medical alert pendant runs on your line and it's been dead since yesterday",
  "your technician made comments about my body and won't leave my flat",
  'a phone line cable is down across the road and sparking',

  // telecom and broadband / complaints and threats
  '我要投诉！宽带断了一个星期，报修五次都没人来，我在家办公啊',
  '已经打工信部投诉了，你们再拖我就找媒体',
  '营业员骗我办了两年合约，说可以随时取消，现在要收违约金，骗子公司',
  '垃圾运营商，信号差到打不了电话，客服还敷衍我',
  '你们客服挂我电话三次了，我要投诉到通管局',
  "I'm filing a complaint with the FCC",
  "third week with no internet, I work from home, this is a joke and you people don't care",
  'I want to speak to someone about a formal complaint, now',

  // utilities (power, gas, water) / gas, fire and electric danger
  '家里煤气味很重，我已经关了阀门，窗也开了，你们快派人来！！',
  '燃气表在冒烟，有嘶嘶的声音',
  '楼道里的电表箱着火了，火苗已经窜起来了',
  '小区的电线掉在地上，我孩子差点踩上去，还在冒火花',
  '热水器漏气了，我老婆头晕恶心，已经打了120',
  '刚才插插座被电了一下，现在手还是麻的，墙上插座烧黑了',
  '天然气管道被挖断了，整条街都是气味',
  '停电了，我妈在家用制氧机，备用电池只剩一个小时',
  '水管爆了，水往电箱里流',
  "There's a strong smell of gas in my kitchen and I can hear hissing",
  "the transformer on our street just exploded and there's a fire",
  "a power line is down in my front yard and it's sparking near the kids' swing",
  "My dad is on a home ventilator and the power's been out for 3 hours",
  'I got a shock from the water tap, something is live',
  'carbon monoxide alarm is going off and my son is dizzy',

  // utilities (power, gas, water) / outage and stranded
  '大冬天停暖气三天了，家里零度，老人孩子都冻感冒了',
  '停水两天了一点通知都没有，家里有瘫痪病人',
  '零下二十度停电了，我们在山里，车也开不出去',
  "it's -15 outside, the gas has been cut off for two days and I have a newborn",
  "water's been off for 48 hours and nobody will tell us anything, my grandma is bedridden",

  // utilities (power, gas, water) / money wrongly taken
  '这个月电费两千多，平时才一百多，家里根本没人住',
  '燃气费扣了两次，还说我欠费要停气',
  '预存的水费被清零了，问了说系统调整，那是我的钱！',
  "a $900 electricity bill for an empty flat? somebody is stealing from me or you're lying",
  "you disconnected my gas even though I paid, here's the receipt, reconnect it today",
  'charged twice for the same water bill and now my account is overdrawn',

  // utilities (power, gas, water) / fraud, complaints and threats
  '电话里说是供电局的，说我欠费马上断电，让我转账，我转了一千五，后来查了根本不欠费',
  '抄表员从来不上门，每个月瞎估，我交了三年冤枉钱，这次一定要投诉到底',
  '上门的燃气检查员强行卖我报警器，不买就说要停气，这是敲诈吧',
  '已经找了12345和消协，你们再不处理我就找电视台',
  'a man said he was from the gas company, came in to "check the meter" and now my wallet is gone',
  'your contractor smashed my water pipe and walked off. This is a complaint, put it on record',
  "you've cut my power three times this week with no warning, I'm contacting the ombudsman",

  // property management / danger and harm
  '电梯卡在十二楼和十三楼之间，我和孩子被困在里面，呼叫按钮没人应！！',
  '楼上外墙瓷砖掉下来砸到了我的车，差点砸到人',
  '地下车库着火了，浓烟往楼道里窜，消防通道被杂物堵死了',
  '小区里有条大狗没拴绳，刚把我儿子咬了，物业的人看着不管',
  '楼道灯坏了一个月，我妈昨晚摔下楼梯骨折了',
  '有个陌生男的一直尾随我进单元门，保安亭没人',
  '隔壁装修砸墙，我家天花板裂了，灰一直往下掉，孩子在睡觉',
  'the elevator is stuck with my elderly mother inside and the emergency phone is dead',
  "there's smoke coming out of the garbage chute on my floor",
  'a stranger followed me into the building and is trying doors on my corridor',
  'part of the balcony above just fell into the playground',

  // property management / water, locked out, stranded
  '楼上漏水，水从我家灯里往下滴，电闸还没关',
  '我被锁在门外了，两岁的孩子一个人在屋里，门禁卡失灵了',
  '下水道返水，整个客厅全是污水',
  'the pipe above my ceiling burst and water is coming through the light fixture',
  "my toddler locked the door from inside and the building manager won't answer",
  "sewage is backing up into my bathtub and it's overflowing",

  // property management / money and complaints
  '物业费我已经交了，你们又从我卡里扣了一年的，六千多',
  '停车费明明交了三年，现在说没交要锁我的车',
  '物业经理当众辱骂业主，这种人也配当经理？业主们联名投诉',
  '保安打了我父亲！！已经报警了',
  '垃圾物业，收钱不干活，我们业主已经在联系律师准备起诉',
  '再不修电梯我们就去住建局和电视台',
  'you charged my HOA fee twice this quarter and added a late fee on top',
  "your security guard pushed my son to the ground, we're filing a police report",
  'complaint: your property manager has been harassing my wife for weeks and it stops now',
  'this management company is a scam and every tenant here is going to the housing authority',

  // healthcare appointments / medical emergency now
  '我爸突然说话不清楚，半边脸歪了，你们的急诊挂号在哪，快点！',
  '孩子高烧40度抽搐了，预约系统一直转圈，我现在直接去医院吗',
  '刚做完手术回家伤口一直在流血，止不住，医生电话打不通',
  '我老婆怀孕三十周，突然肚子剧痛还见红了',
  '打完疫苗半小时，女儿全身起疹子，嘴唇发紫',
  '透析预约被你们系统取消了，我今天必须透析，不然就危险了',
  '胸口很闷，左手发麻，出了一身冷汗，我在医院门口，挂哪个科',
  'my husband has crushing chest pain and your booking line put me on hold',
  "my son took too many of his pills and he's drowsy, who do I call",
  "I'm 8 months pregnant and bleeding, the clinic line is just a recording",
  'I had surgery two days ago and the wound has opened up and is leaking',
  'my insulin pump just stopped working and my sugar is climbing',

  // healthcare appointments / harm from staff or device
  '心脏起搏器报警了一直响，我该怎么办，我一个人在家',
  '检查的时候医生对我动手动脚，我要报警',
  '护士给我爸输错了药，现在他呼吸困难',
  "my CPAP machine stopped and I can't breathe properly at night, I need someone now",
  'the doctor touched me inappropriately during the exam',

  // healthcare appointments / money and fraud
  '一个号被扣了三次挂号费',
  '已经取消的预约还是扣了我一千二的检查费',
  '有人打电话说是医院的，说医保卡异常要我转钱，我转了',
  'you billed me $2,000 for an appointment that was cancelled by your clinic',
  "someone's using my health insurance ID for appointments I never had",

  // healthcare appointments / complaints and threats
  '我要投诉！约了三个月的专家号，去了说医生出差了，我坐了五个小时车来的',
  '医生态度恶劣，把我妈骂哭了，我要找卫健委',
  '误诊了两次，我已经找律师了',
  '号贩子倒卖专家号，你们系统抢不到，黄牛却有，我要曝光',
  'I want to file a formal complaint about the receptionist who screamed at my disabled daughter',
  "you misdiagnosed my wife twice and now she's in ICU, my attorney will call you",

  // pharmacies / wrong drug or reaction
  '你们药房配错药了，我妈吃了三天降压药，其实给的是降糖药，现在低血糖晕倒了',
  '吃了你们店推荐的感冒药，全身起红疹，眼睛都肿了，喉咙发紧',
  '网上买的药是假的，我爸吃了以后一直吐血',
  '药盒上写的剂量跟医生说的差了十倍，孩子已经吃了一次了怎么办！！',
  '送来的胰岛素是常温的，冰袋早化了，我今晚就要打',
  '儿子误吞了半瓶退烧药，包装的儿童锁是坏的',
  "you gave me someone else's prescription and I've taken two doses",
  "my daughter's EpiPen order never came and she's already having a reaction",
  "the pharmacist said the antibiotic was fine with my blood thinner and now I'm bleeding from my gums",
  'the cold medicine your store recommended made my throat swell up',
  'the child-proof cap on your bottle broke and my toddler swallowed some tablets',

  // pharmacies / urgent supply
  '我的癫痫药今天就吃完了，订单显示缺货，换不了别的，我不能断药',
  '哮喘喷雾快没了，你们说今天送到，现在晚上十点了还没来，孩子喘得厉害',
  "I'm out of my seizure medication today and you cancelled the refill without telling me",
  "my mum's oxygen delivery is two days late and her tank is nearly empty",

  // pharmacies / money and fraud
  '一盒药扣了我两次钱，还有一次是三百多',
  '医保卡被人盗刷买了几千块的药',
  '我没下过单，账户里有好几笔处方药订单寄到外地',
  'charged $450 for a prescription my insurance covers, twice',
  'someone is ordering controlled meds on my pharmacy account',

  // pharmacies / complaints and threats
  '这家药店卖过期药给我！！谁负责，我要投訴',
  '店员当着一排人的面大声说我买的什么药，我要投诉',
  '卖假药，我已经报警并且向药监局举报了',
  "Your pharmacist refused my prescription and insulted me in front of everyone, I'm making a complaint",
  "selling expired antibiotics, I'm reporting you to the board of pharmacy",

  // education and online courses / money wrongly taken
  '课程我已经退了，学费一万八还是每个月分期在扣',
  '一个课程扣了我两次钱，三千九乘以二！！',
  '说好七天无理由退款，现在一个多月了还没退，你们机构是不是要跑路了',
  '我根本没有报名，信用卡上却有你们的扣款，还是自动续费的年费',
  '孩子用我手机点了一下就扣了六千八，没有任何二次确认',
  'you charged me for a course I cancelled within the trial, $499, give it back',
  'two charges of $1,200 for the same bootcamp, and your support email bounces',

  // education and online courses / harm and safety
  '辅导班老师打我孩子，孩子脸上有巴掌印',
  '网课老师私下加我女儿微信，发一些很不正常的话，女儿才十三岁',
  '夏令营的孩子打电话回来说被人欺负，腿受伤了，领队联系不上',
  '培训机构的楼梯扶手断了，我儿子从二楼摔下来了',
  'a tutor from your platform has been messaging my 12 year old asking for photos',
  "my son just called from your summer camp crying that he's been hurt and nobody is helping him",

  // education and online courses / fraud and account
  '有人冒充学校的老师在家长群里收学费，我已经转了五千',
  '我的账号被盗了，课程被人转卖，作业和证书也都没了',
  'someone pretending to be your admissions office took a $3,000 deposit from me',
  'my student account was hacked the night before my final exam and the password changed',

  // education and online courses / complaints, threats, exam emergency
  '我要投诉！交了钱老师天天换，课也不上，骗子机构',
  '机构突然关门，老板跑路了，几十个家长的钱都没了，我们已经报警',
  '再不退费我就去教育局和消协投诉，还要找媒体曝光',
  '考试还有十分钟开始，系统进不去一直报错，什么垃圾平台，耽误了考试我跟你们没完！！！',
  'the instructor mocked my accent in front of the whole class. I wish to complain to the director',
  "the exam portal crashed mid-test, this decides whether I graduate, and if I fail because of your garbage system I'm suing",
  "This academy is a scam, we're going to court with 40 other parents",

  // software and SaaS accounts / account taken over
  '我们公司的管理员账号被人盗了，对方正在删除所有员工账号和数据！！',
  '收到登录提醒，有人在俄罗斯登录了我的账号，改了密码和手机号，我进不去了',
  '有个自称你们技术支持的人打电话让我装远程软件，装完他就把我们的客户数据下载走了',
  '我们的云服务器被黑了，页面被挂了赌博广告，客户都在打电话',
  "the admin account of our workspace was hijacked and they're wiping our files as we speak",
  'someone in another country logged into my account, turned off 2FA and changed the recovery email',
  '"support" called and walked me through giving them remote access, now our customer database is on a ransom site',
  'our whole company is locked out, ransomware note on every screen, we need your incident team now',

  // software and SaaS accounts / outage and data loss
  '系统全部宕机两个小时了，几千单卡着发不出去，你们一点消息都没有，这种垃圾服务，损失我们一定找律师追讨',
  '升级之后三年的客户资料全没了，你们今天不给我恢复，我们法院见',
  '我们医院的用药提醒系统用的是你们的，现在登不上，护士不知道今晚哪些病人该给药',
  'production is down for all our customers and your status page says everything is fine. you people are a joke, our lawyers are reading the SLA right now',
  "your update deleted two years of our records and nobody will get on a call. If it's not restored today this goes to our attorneys",
  'the payroll run pulled $240,000 out of our account twice and 300 people are asking where their pay is',

  // software and SaaS accounts / money wrongly taken
  '取消订阅三个月了还在扣年费，一次两万多',
  '只有五个人用，账单按五十个席位收的，扣了我们公司四万',
  '一张卡同一天被扣了三次订阅费',
  'you billed us $18,000 for seats we removed in January',
  'I cancelled the trial before it ended and got charged for a full year',
  'charged twice this month and your billing team ignores every email',

  // software and SaaS accounts / complaints and threats
  '销售在合同里偷偷加自动续约条款，这种做法我要正式投诉',
  '数据泄露了你们还不承认，我们已经报警，律师函明天就到',
  '垃圾软件，客服工单一周没人回，我们几十万的年费是白交的吗',
  'I want to file a formal complaint and escalate to your legal team',
  "you leaked our customer data and didn't tell us. Our lawyers are involved now.",
  "this is a joke, we pay you six figures a year and get a bot that can't read",

  // games / account stolen and money
  '我的游戏账号被盗了，号上的皮肤全被转走了，充了三万多啊',
  '孩子偷偷用我手机在游戏里充了两万八，全是他一个人半夜充的，能不能退',
  '没有充值却被扣了六笔648',
  '游戏“客服”说我的号涉嫌违规要冻结，交三千保证金才能解冻，我交了，现在他不回消息了',
  '买号的钱付了，卖家把号找回去了，说是你们平台担保的',
  "my account got hacked and they sold every skin I own, I've spent thousands on it",
  'my 9 year old spent $2,300 on gems overnight using my card, I need this reversed',
  'got charged for the battle pass 5 times in one day',
  'someone said they were a game moderator and needed my login to stop a ban, I gave it and now the account is gone',

  // games / harm and threats
  '游戏里有人人肉我，把我家地址和照片发到了公屏上，还说要来找我',
  '有成年玩家一直私聊我十二岁的女儿，让她发照片',
  '连续玩了你们的VR游戏以后孩子一直头晕呕吐，走路都不稳',
  "a player posted my home address in chat and is saying he's coming over",
  'an adult in your game has been grooming my 11 year old daughter through private messages',

  // games / complaints and anger
  '我要投诉！无缘无故封了我的号，客服就一句“系统判定”',
  '抽卡概率造假，我已经向消协和文化市场执法部门举报了',
  '垃圾游戏 骗钱 退款 不退就等着上热搜吧',
  '你们这是赌博，我要找律师起诉你们诱导未成年人消费',
  'I want to file a complaint. Permanently banned for nothing after 6 years and $4k spent',
  "you scam company, the loot boxes are rigged and I'm reporting you to the gaming commission",
  'servers down on launch day again, you people are thieves',

  // streaming subscriptions / money wrongly taken
  '会员早就取消了，还在每月自动扣，信用卡账单上半年都是你们的',
  '一个月扣了我四次会员费，连续包月包季包年全扣了',
  '我从来没订过你们的会员，支付宝每个月被扣25块，扣了两年',
  '免费试用说不会自动续费，结果直接扣了我年费248',
  '孩子在电视上点了几下就买了十几部付费电影，扣了我一千多',
  "I cancelled in February and you have charged me every month since, that's theft",
  '4 subscription charges on one card this month, I have ONE account',
  'you charged me for a premium plan I downgraded from months ago',
  'my card was charged $179 for an annual plan I never signed up for',

  // streaming subscriptions / account stolen and fraud
  '我的账号被人盗了，密码改了，还在用我的绑定卡买会员送人',
  '收到邮件说我的会员付款失败，点进去填了卡号，马上被刷了三千多',
  '有人打电话说是视频网站客服，说我开了什么“百万保障”要关闭，让我贷款转账，我转了两万',
  "someone took over my account and changed the email, and they're buying gift subscriptions with my card",
  'I clicked an email saying my payment failed and entered my card details, now there are charges everywhere',

  // streaming subscriptions / complaints and threats
  '买了超前点播还要再付费，这不是欺诈是什么？投诉，必须投诉',
  '客服把我当傻子，退款一直推，我已经打12315了',
  '垃圾平台，广告比剧还长，会员都白开了，骗子',
  "you keep charging me and the cancel button does nothing, I'm lodging a complaint and disputing every charge",
  'This is a scam. the "cancel" page loops back to the upsell. reporting to the FTC.',

  // car rental and car services / breakdown, accident and stranded
  '租的车在高速上爆胎了，我带着孩子停在应急车道，救援电话一直占线',
  '刚刚在山路上出了车祸，车头撞变形了，我老公腿被卡住了',
  '租来的车刹车失灵，差点撞到人，现在停在路边，我不敢开了',
  '车在沙漠公路上抛锚了，手机只有一格信号，水也快喝完了',
  '保养完刚开出来，方向盘就抖，然后发动机冒烟了',
  '车钥匙锁在车里了，车里有个一岁的宝宝，太阳晒着呢！！',
  "the rental car's brakes failed on the mountain road, we're pulled over and shaking",
  "broke down on the highway at night with two kids in the back, roadside assistance isn't answering",
  "we just had an accident in your rental, airbags went off, my wife's hurt",
  "my baby is locked in the car and the keys are inside, it's 35 degrees",
  'the car you serviced yesterday caught fire in my driveway',
  "I'm stranded in a national park, the rental won't start and there's no one around for miles",

  // car rental and car services / money wrongly taken
  '还车的时候好好的，一周后扣了我八千块说是车损，连照片都没有',
  '押金说好还车后退，两个月了还冻着五千',
  '租车订单取消了还被扣了全款，还扣了两次',
  '修车厂说只换刹车片，结账的时候多出来三千多的项目，不付不给提车',
  'you charged my card $2,700 for damage that was already there, I have photos from pickup',
  'deposit still held after 8 weeks, $1,000, and no one answers',
  "the garage did work I never approved and won't release my car until I pay $1,800",

  // car rental and car services / fraud, threats and complaints
  '打电话来说我租车违章了要交罚款，我就转了两千，刚问了交警说根本没有这回事',
  '4S店的销售骗我签了贷款合同，说是零利率，结果利息高得吓人，我要找律师',
  '我要投诉你们门店的员工，还车的时候对我大吼大叫还推了我',
  '垃圾租车公司，车况差到离谱，我要去消协投诉',
  'the mechanic threatened me when I questioned the bill',
  "I'm filing a complaint with the consumer authority, this rental company is a scam",

  // real estate and rentals / danger in the home
  '租的房子燃气热水器漏气，我室友已经晕过去了，房东电话关机',
  '房东半夜拿钥匙直接开门进来，我一个女孩子住，吓死了，他现在还在门口',
  '出租屋的墙在往下掉水泥块，砸到了我床上',
  '房子里的电线一直冒火花，中介说他们不管',
  '二房东带人来要把我赶出去，把我的东西往外扔，还动手推我',
  "the landlord let himself into my flat at midnight and won't leave",
  "the ceiling in my rental collapsed onto my son's bed, thank god he was in the bathroom",
  "there's black mould all over and my baby has been wheezing for days, the landlord ignores me",
  "the heating in my apartment has been broken for a week, it's below freezing and I have a newborn",

  // real estate and rentals / stranded and locked out
  '房东把门锁换了，我的东西和护照都在里面，今晚没地方住',
  '刚交了押金和三个月房租，到了发现房子根本不是他的，人联系不上了',
  'my landlord changed the locks while I was at work, my medication and my cat are inside',
  "I paid first month and deposit for a flat that turned out to be a scam listing, I'm on the street with two suitcases",

  // real estate and rentals / money wrongly taken
  '退租一个月了押金一分不退，说墙上有个钉子眼就扣光',
  '中介费收了两次，一次现金一次转账，还不认',
  '房租自动扣款扣了两个月的，这个月饭钱都没了',
  '定金交了三万，开发商说房子卖给别人了，钱不退',
  "you kept my whole $2,400 deposit over a scuff mark. I want it back this week or we're going to court",
  'the agency double charged my rent and now my card is maxed out',
  'the developer took my $30,000 deposit and now says the unit was sold to someone else',

  // real estate and rentals / complaints and threats
  '这个中介全是虚假房源，骗我们白跑了五趟，你们平台管不管，不管我就投诉到住建',
  '黑中介！！已经报警了，还要去住建委举报',
  '开发商延期交房两年了，我们业主已经集体起诉',
  "I need to report your agent, he's been sending me creepy messages at night, formal complaint please",
  "this letting agency is a criminal operation, I'm going to the housing ombudsman and the local paper",

  // government services / stranded and lost documents
  '我在国外护照被偷了，明天的回国机票，大使馆电话打不通',
  '签证今天就到期了，续签的材料你们系统一直提交失败，明天会不会被遣返',
  '在边检被拦下说我证件有问题，我一个人带着孩子，怎么办',
  'my passport was stolen in Bangkok and my flight home is tomorrow morning, the embassy line just rings',
  "I'm being held at border control because your system shows my visa as cancelled, I have my kids with me",
  "my residence permit expires at midnight and your portal won't let me submit the renewal",

  // government services / fraud and money
  '有人冒充社保局打电话说我的医保卡被冻结，要我转钱解冻，我转了三万',
  '冒充公安局的人发来“通缉令”，让我把钱转到安全账户，我已经转了十万',
  '办证的时候网上一个假的政务网站收了我两千八',
  '养老金被冒领了，我爸去世后有人一直在领',
  '身份证被人冒用注册了好几家公司，现在税务局说我欠税',
  'someone called claiming to be from the tax office, said there was a warrant and I had to pay in gift cards, I paid $3,000',
  'a fake government website charged me $400 for a passport renewal',
  'someone filed a tax return in my name and took my refund',

  // government services / harm and threats
  '社区网格员上门对我母亲大喊大叫，还威胁说不签字就停她的低保',
  '在政务大厅排队被一个人打了，保安看着不管',
  'the caseworker threatened to take my kids away if I complained again',
  'I was assaulted in the waiting room at your office and the staff did nothing',

  // government services / complaints and anger
  '跑了七趟还没办下来，每次都说材料不全，窗口的人一问三不知，我要求投诉',
  '窗口工作人员态度太恶劣，我要打12345投诉',
  '补贴三个月没发了，我们全家就靠这个吃饭，再不发我就去信访',
  'I want to file a complaint about the way I was treated at the benefits office',
  "my benefit payments stopped 3 months ago with no explanation, I can't buy food, this is unacceptable",

  // appliances and repairs / fire, shock and injury
  '新买的冰箱后面冒烟了，有一股塑料烧焦的味道，我已经拔了插头，现在怎么办',
  '洗衣机漏电，我老婆碰了一下被电倒在地上',
  '微波炉加热的时候炸了，门玻璃碎了一地，孩子脸被划伤了',
  '空调外机着火了，火苗已经烧到窗框了！！',
  '电热水器出水烫得不行，孩子洗澡被烫伤了，温控根本没用',
  '维修师傅把燃气灶装好走了，现在一直有煤气味',
  '抽油烟机掉下来了，砸到我妈的肩膀',
  'the dishwasher caught fire in the middle of the night, the kitchen is full of smoke',
  "my husband got a shock from the washing machine and he's not feeling right",
  "the oven door glass exploded and cut my daughter's arm",
  'your technician installed the gas stove yesterday and now the whole house smells of gas',
  'the dryer is smoking and making a burning smell, I unplugged it, is it safe?',

  // appliances and repairs / harassment and money
  '上门维修的师傅趁我不注意拿了我家抽屉里的钱',
  '师傅修完要价三千，我不给就堵在门口不走，还骂人',
  '保修期内免费修，结果扣了我信用卡两次维修费',
  "the repairman wouldn't leave until I paid $900 cash, he was shouting at me",
  'technician took photos around my house and came back the next day asking questions',
  "you charged me twice for the same repair visit and the fridge still doesn't work",

  // appliances and repairs / fraud, complaints and anger
  '搜索到的“官方售后电话”是假的，来的人把好好的电脑说坏了骗了我一千五',
  '我要投诉！空调修了四次还是不制冷，你们的师傅每次来都收钱',
  '新冰箱三天就坏了，一冰箱的肉全臭了，还说不给换，垃圾品牌',
  '已经投诉到消协了，再不给退货我就去媒体那里曝光',
  'I found your "support number" on a search ad and the guy took remote control of my laptop and my bank account',
  'two months your service centre has had my laptop. I want to speak to whoever handles complaints',
  'fourth broken washer in a year and you keep refusing a refund, see you in small claims',

  // fitness clubs / injury and danger
  '在你们健身房跑步机突然加速把我甩出去了，膝盖和下巴都破了，流了好多血',
  '有个会员在器械区突然倒下没呼吸了，AED在哪里！！快来人',
  '私教让我硬拉加重量，我腰扭了现在动不了，他说没事休息一下',
  '泳池里的氯气味道特别重，好几个小孩都在咳嗽呕吐',
  '淋浴间有人偷拍，我看到隔板上面有个手机',
  '更衣室有个男的一直跟着我，前台说管不了',
  'the treadmill belt snapped and threw me into the wall, I think my wrist is broken',
  "someone collapsed in the spin class and isn't breathing, where's the defibrillator",
  "I found a phone recording in the women's changing room",
  'a member keeps following me around the gym and waited for me in the car park last night',
  "the cable on the lat machine snapped and the weight stack hit a guy's head",

  // fitness clubs / money wrongly taken
  '会员卡早就退了，每个月还在扣三百多，扣了一年',
  '健身房突然倒闭了，我刚续了三年的卡，一万二！老板跑了',
  '私教课没上完要退，结果又被扣了一次续课费',
  'I froze my membership for medical reasons and you charged me for 4 months anyway',
  'the gym closed overnight and I paid for 2 years upfront, is anyone even there',
  'you took a $600 "cancellation fee" I never agreed to',

  // fitness clubs / complaints and threats
  '你们的销售天天打电话骚扰我，我说不办还骂人，这事没完，投诉！',
  '教练对我动手动脚，我要报警',
  '骗子健身房，办卡的时候说随时退，现在不认账，已经找了12315',
  '垃圾健身房，器械坏了半年不修，还涨价',
  'a trainer grabbed me during a session and I want it on file as a complaint before I go to the police',
  "you people are scammers, locking members into contracts with hidden fees, I'm reporting you to trading standards",

  // ticketing / danger at the venue
  '演唱会现场人太多了，前面有人被挤倒了，踩踏了！保安呢',
  '体育馆看台栏杆松了，刚才有个孩子差点掉下去',
  '排队入场的时候有人拿刀威胁，保安都不见了',
  '舞台旁边的电线冒火花了，观众还在往前挤',
  "my friend collapsed in the crowd at the front of the stage and security can't get to her",
  "there's a crush at gate C, people are falling, please open the other gates",
  'someone in our row is threatening people with a broken bottle',

  // ticketing / money and fraud
  '票没抢到，钱却扣了两次，还一直显示待退款',
  '演出取消了，说好全额退款，三个月了一分钱没见到',
  '在你们平台买的票入场说是假票，花了三千八',
  '黄牛说是你们官方渠道的，收了钱就拉黑了',
  '账号被盗了，里面买的六张票被人转走了',
  'charged three times for two tickets and support is closed all weekend',
  "the show was cancelled in April and I still haven't got my $640 back. You're stealing from fans",
  'my tickets were transferred out of my account by someone who hacked it, the concert is tonight',
  'the ticket I bought through your resale market was fake and I was turned away at the door',

  // ticketing / complaints and anger
  '我要投诉！开票一秒就没票，二手平台全是高价票，你们肯定跟黄牛勾结',
  '现场保安推搡观众，我手机被打掉摔碎了',
  '垃圾平台 骗子 退票费收一半 我要找消协',
  'I want to file a complaint about the venue staff who humiliated my wheelchair-using son at the entrance',
  'this is a joke, $400 in "service fees" on a $90 ticket, I\'m reporting you to the attorney general',

  // general / complaints with no domain
  '我要投诉',
  '我要投诉你们！！！',
  '投诉！马上！',
  '我要投訴你們的服務',
  '给我你们领导的电话，我要投诉',
  '你们客服工号多少，我要投诉你',
  'I want to file a complaint',
  "I'd like to make a formal complaint please",
  'complaint. now.',
  'how do I escalate this, I want a manager and I want to file a complaint today',

  // general / strong anger and abuse
  '骗子公司',
  '垃圾服务',
  '你们就是一群骗子！！！！',
  '什么破公司，钱收了人就不见了',
  '气死我了 这都第几次了 你们到底管不管',
  '再敷衍我试试，我天天来闹',
  '你们脑子有病吧，同样的问题问了八遍',
  '草泥马的客服，说人话行不行',
  '真的无语了，垃圾中的垃圾，我要全网曝光你们',
  '骗钱的时候那么积极，出了事人影都没有',
  'this is a joke, you people are thieves',
  'Scam company',
  'worst company ever. absolute thieves',
  'are you kidding me??? THIRD TIME',
  'I am beyond furious. Nobody has helped me in two weeks',
  'F*** this service, give me my money back',
  'you lying crooks',

  // general / legal and regulator threats
  '我已经报警了',
  '我要去12315投诉你们',
  '消协见',
  '等着吧，我明天就去找电视台',
  '律师函已经在路上了',
  '你们再不处理我就起诉',
  '我会把聊天记录发到网上曝光',
  '这件事我会向工信部反映',
  '已经在黑猫投诉上发帖了，你们看着办',
  "I'm calling the police",
  'my lawyer will contact you',
  'see you in court',
  "I'm going to the press with this",
  "I've reported this to the regulator",
  "I'm posting this on every review site and calling the local news",

  // general / panic and emergency with no domain
  '救命！！',
  '快来人啊 出事了',
  '有人受伤了，快点',
  '我被人打了',
  '他在门外拿着刀',
  'help, someone is hurt',
  'please help me NOW',
  "there's a fire",
  "I'm being followed and I'm scared",

  // pets and vet clinics / animal or person hurt now
  '狗狗吃了你们家的零食以后一直抽搐口吐白沫，哪个医院开着？',
  '宠物店洗澡的时候把我家猫烫伤了，背上的毛一块块掉，还在流水',
  '寄养三天，接回来狗狗腿断了，店里说不知道怎么回事',
  '绝育手术做完狗狗一直出血，医院说下班了让明天来',
  '你们卖的驱虫药我家猫吃了之后站不起来了，呼吸很急',
  '寄养店的狗把我女儿的脸咬了，现在在打狂犬疫苗',
  "my dog ate the chews you sold and he's having seizures",
  "the groomer cut my cat and she's bleeding through the bandage, the salon is closed",
  'we picked our puppy up from boarding and his leg is broken, nobody can tell us what happened',
  "a dog at your daycare bit my son's hand badly, we're at urgent care",

  // pets and vet clinics / money and fraud
  '网上买的宠物猫，付了五千定金，卖家说要再付运输费和疫苗费，然后就拉黑了',
  '宠物医院同一次看病扣了我两次，两千多',
  'the breeder took my $1,500 deposit and disappeared, he said he was partnered with your platform',
  'the vet clinic charged my card twice for the same surgery, $3,200 each',

  // pets and vet clinics / complaints and threats
  '我要投诉你们医院，误诊害死了我的狗，我要找律师',
  '宠物店虐待动物，我拍了视频，已经报警并且发到网上了',
  '垃圾宠物医院 骗钱 一个感冒花了我八千',
  'I want to file a complaint, your staff were rough with my elderly cat and she died the next day',

  // travel agencies and tours / stranded or hurt on a tour
  '跟团去泰国，导游把我们扔在购物店，不买东西就不让上车，现在天黑了我们在路边',
  '潜水的时候我老公被螺旋桨刮伤了，流了很多血，船上没有急救箱',
  '团里一个阿姨高原反应昏迷了，导游说等会儿，已经半个小时了',
  '旅行社说好的酒店根本没订，我们一家五口凌晨在国外街头',
  '导游威胁我们不交自费项目就把我们丢在景区',
  'our tour guide abandoned us at a market in Marrakech and the bus left with our bags',
  "my wife fell on the excursion and hit her head, the guide says it's fine but she's vomiting",
  "we're in the middle of a safari, the jeep broke down and the driver walked off",

  // travel agencies and tours / money and fraud
  '报了团交了两万，出发前一天旅行社联系不上了，门店也关了',
  '说好零自费，到了强制消费，刷了我一万二的卡',
  '行程取消了全款不退，还说已经是给我们面子了',
  'the tour company cancelled and kept our $5,800, their office phone is disconnected',
  'the guide took our card "for a deposit" and ran up $2,000 in charges',

  // travel agencies and tours / complaints and threats
  '这个旅行社强制购物还辱骂游客，视频我们都录了，投诉你们',
  '已经向文旅局投诉了，你们等着曝光吧',
  "our guide screamed at my elderly parents on the bus. Who do I complain to, because I'm doing it today",
  "this trip was a scam from start to finish, we're taking you to court",

  // moving and home services / harm, theft and danger
  '搬家公司的工人把我家柜子砸到我脚上，脚趾可能骨折了',
  '家政阿姨走了以后，我的首饰和现金都不见了',
  '保洁用了什么清洁剂混在一起，卫生间全是刺鼻的味道，我喘不过气',
  '开锁师傅开完锁不肯走，在我家里到处看，还问我老公什么时候回来',
  '装修工人把承重墙砸了，楼上开始掉渣',
  "the movers dropped the piano on my husband's foot, he can't walk",
  'the cleaner mixed bleach and ammonia and the flat is full of fumes, my kids are coughing',
  'your handyman came back uninvited at night and tried my door',

  // moving and home services / money and hostage goods
  '搬家到一半，工人说要加钱五千，不给就不卸车，我的东西全在车上',
  '保洁扣了我三次钱',
  'the movers are holding my furniture hostage and demanding $3,000 more than the quote',
  'you charged me for a deep clean that never happened and then again the next week',

  // moving and home services / complaints and threats
  '我要投诉，搬家把我的红木家具全弄坏了，还不认账',
  '骗子家政公司，阿姨干了一天就跑了，中介费不退',
  'your movers broke half our furniture and laughed about it. Complaint. Manager. Now.',
  "I've reported your company to the police and to trading standards",

  // social media and messaging apps / threats, stolen account, extortion
  '有人拿我的裸照威胁我，说不给钱就发给我所有好友，我该怎么办',
  '我的微信号被盗了，对方正在用我的号找我朋友借钱，已经有人转了',
  '有个人一直在网上骂我，还把我家地址和孩子学校发出来了',
  '视频通话被人录屏了，对方说要发给我老婆和单位，让我打钱',
  '我十四岁的女儿被网友约出去见面了，现在联系不上',
  'someone is threatening to post private photos of me unless I pay them by tonight',
  "my account was hacked and they're messaging my contacts asking for money, people are actually sending it",
  "someone posted my address and my kids' school and says they're coming",
  'my 14 year old is meeting someone she met on your app and her phone is off',

  // social media and messaging apps / complaints and anger
  '我要投诉！账号莫名被封，里面有我做生意的全部客户',
  '你们平台上卖假货的骗子那么多，我被骗了你们不管，我要找媒体',
  'I want to file a complaint, your platform keeps letting this person harass me after 20 reports',

  // online shopping / long and mixed
  '你好我上个月在你们这买了一台洗碗机，当时说好包安装，结果师傅来了说要另外收三百我也给了，装好以后用了两次今天早上我起来发现厨房地上全是水，水一直流到插座那边，插座在冒火花还有啪啪的声音，我老公去关总闸的时候被电了一下现在手臂发麻，你们到底能不能派个人来，我打了三次电话都是忙音！！',
  '订单被取消了但是钱扣了俩次，一共¥１５９８，银行说是你们那边扣的，你们客服说没收到，那钱是飞了吗？？？我要投诉',
  '我的帐户被盗了 收货地址被改成了别的城市 刚刚又下了三单 赶紧冻结啊',
  '退歀退了四十天还没到，你们这个平台就是骗子，我已经去12315登记了',
  '买了个儿童电动车 充电的时候电池鼓包冒烟 差点烧起来 孩子就在旁边玩😭😭',
  'order #88213 charged 3x, bank shows three pending holds of $212.49 each, rent is due tomorrow and my account is now negative, someone please fix this today',

  // parcels and couriers / long and mixed
  '快递员把我家门口的监控砸了，还在门上用油漆写字，就因为我投诉了他一次，我现在不敢出门，要报警吗还是你们先处理',
  '寄給醫院的血液樣本今天必須送到，系統顯示退回了，病人在等手術！！',
  '单号SF１２３４５６７８ 显示签收但没收到，里面是我爸的进口抗癌药，一盒两万多，明天就要吃',

  // airlines / long and mixed
  '我们一家四口在曼谷机场，航班被取消了，柜台的人说明天也没有位置，我们的签证今天到期，酒店也退了，孩子发烧了，身上现金也不多了，你们到底安排不安排，电话打了二十几个都没人接，求求你们了',
  '航班延误十二个小时不给任何安排，老人晕倒在候机厅，你们地服还说不归他们管？？我要投诉到民航局！！',
  'my 8 year old is flying as an unaccompanied minor and your staff just told me she was put on the wrong connecting flight, nobody knows where she is',

  // hotels / long and mixed
  '我们住1208，半夜两点隔壁一直有人在砸墙大喊大叫，还有女人的哭声和求救声，打前台电话没人接，我们很害怕不敢出门，能不能马上派保安上来！！',
  'c/i的时候刷了押金，c/o两周了押金没退还又扣了一千二，这是什么操作',

  // banking and cards / long and mixed
  '刚才有人打电话给我说是你们银行反诈中心的，说我的卡涉嫌洗钱要配合调查，让我下载了一个叫什么会议的app开了屏幕共享，然后让我把三张卡里的钱都转到一个什么监管账户，我转完他就挂了，一共三十七万，我现在在银行门口，求你们帮我止付！！',
  '我的信用卡被人在国外盗刷了Ｕ＄４８００，卡我一直带在身上的',
  '手机银行莫名其妙被修改了预留手机号，我没收到任何通知，余额从八万变成了两百',
  'c卡被人绑到了别人的支付宝上，一直在扣钱，你们的风控是摆设吗',
  "I'm at the branch right now and the teller won't help, my account's been emptied by transfers to someone I've never heard of, I have two kids and rent due, I'm begging you to freeze it",

  // payments and wallets / long and mixed
  '我妈刚才在菜市场被人扫了一个“领鸡蛋”的二维码，然后手机就弹出来转账成功，一共转了９９９９，我现在赶过去了，能不能先把那笔钱拦下来',
  '帮帮我 我被骗了 刚转了三万 对方说是银行客服',

  // insurance / long and mixed
  '老公刚刚在工地从脚手架上摔下来了，现在送去医院了，医生说可能要开颅，要先交五万押金，我们家有你们的意外险和医疗险，能不能先垫付，我真的拿不出这么多钱',
  '你们的业务员拿着我爸的身份证私自给他贷款买保险，老人根本不知道，每个月被扣两千多，我要去金融监管局投诉',

  // ride-hailing / long and mixed
  '我晚上十一点从公司打的车，司机开到一半说车坏了让我下车，我下来以后发现是在一个没有路灯的工地旁边，他开走了，手机只剩3%的电，周围一个人都没有，我好害怕，能不能帮我联系警察或者派车来',
  '司機一直從後照鏡看我，還把車門鎖了不讓我下車',
  'the driver just pulled into a dark lot and told me to get out and pay cash or he\'d "make me", I\'m still in the car, help',

  // food delivery / long and mixed
  '点的外卖到了发现袋子被人拆过，里面多了张纸条写着“我知道你一个人住”，我现在很怕，骑手的电话我打了没人接，能不能查一下是谁送的',
  '奶茶里喝出了一块塑料片，划破了喉咙，吐了一口血😰',

  // telecom and broadband / long and mixed
  '我妈一个人在乡下，她戴的那个紧急呼叫手环是你们的卡，从昨天开始就没信号了，她有心脏病，上次就是靠这个叫的救护车，你们能不能今天派人去看看！！',
  '話費帳單突然多了一千多塊的國際電話費，我根本沒打過國際電話',

  // utilities (power, gas, water) / long and mixed
  '我们整栋楼停电十个小时了，电梯里困了人，楼里还有个做透析的老人家里设备都停了，物业说是你们供电局的问题，打95598一直排队，到底什么时候来电！！',
  '热水器的排气管掉了，屋里一股怪味，我跟孩子都头疼想吐',

  // property management / long and mixed
  '小区地库的积水已经没到膝盖了，还在涨，好多车被淹，里面还有人在挪车，电还没断，我很担心有人触电，物业到现在一个人都没来',
  '有人往楼下扔花盆，差点砸到我女儿，就差半米！！',

  // healthcare appointments / long and mixed
  '我爸七十八了，刚才吃饭的时候突然噎住了，现在脸色发紫说不出话，我已经打了120，但是你们医院离我们最近，能不能马上派人，我该怎么做',
  '宝宝三个月发烧39.5度一直哭，预约的儿科号是明天的，能不能今天就看😭',

  // software and SaaS accounts / long and mixed
  '我们是一家小电商，用你们的收银系统，今天早上开始所有门店的pos机都无法结账，顾客排了几十米的队，我们已经损失了好几万，热线一直在排队，工单也没人回复，你们这种服务简直是骗钱，我要投诉并且索赔！！',
  'our admin got a call from "your security team" asking for the MFA code to "verify the account", she gave it and now we\'re locked out and invoices are being sent to our customers with new bank details',

  // games / long and mixed
  '我儿子十岁，用我的微信在你们游戏里三天充了四万多，他跟我说是一个“游戏里的大哥哥”让他充的，说充了就送他皮肤，那个人还让他不要告诉家长，我现在很担心那个人是不是在骗小孩，你们能不能查一下',
  '帳號被盜了，綁定的信箱也被改了，裡面的東西全被賣掉',

  // streaming subscriptions / long and mixed
  '我根本不知道什么时候开的会员，今天一查账单，从去年三月开始每个月都被扣了三个不同的会员，一共四千多，你们连个提醒短信都没有，这不是偷是什么，我要打12315',

  // car rental and car services / long and mixed
  '我在冰岛租的车，现在在一号公路上，下大雪，车滑进沟里了出不来，车里有我老婆和两个孩子，暖气还能开但是油不多了，你们的救援电话打了没人接，当地的电话号码是多少',
  '4S店保养完回去路上刹车完全没反应，我是用手刹停下来的，差一点就撞上前面的校车了',

  // real estate and rentals / long and mixed
  '我租的房子热水器一直漏电，跟房东说了一个月他都不修，今天我女儿洗澡的时候被电了一下，人现在在医院，我要找他赔钱，中介是你们，你们到底管不管',

  // trains / more
  "conductor kicked my 15yo daughter off the train at a rural stop at 10pm because her ticket scanned wrong, she's alone and crying on the phone",
  'ur app charged me 3 times for 1 ticket!!! fix it',

  // education and online courses / more
  "I paid $3,400 for the course, the school vanished, the website's down and the teacher's number is disconnected. there are 60 of us, we've gone to the police",
  'the proctoring software locked my screen during the bar exam and flagged me for cheating, this is outrageous and my lawyer will hear about it today',
  '孩子在你们的托管班被别的孩子用笔戳伤了眼睛，老师两个小时以后才通知我们',

  // pharmacies / more
  "PHARMACY GAVE MY MOM THE WRONG INSULIN. she's confused and sweating, what do we do",
  "my order says delivered but my son's seizure meds aren't here and he takes the next dose in 2 hours",

  // government services / more
  "a man claiming to be from immigration called, said I'd be deported tonight unless I paid a fine, I paid $1,800 by wire and now he wants more",
  "they cut off my disability payments and I've got $12 left and no food for my kids, this is the third month",

  // appliances and repairs / more
  "the fridge is sparking at the back and the kitchen lights keep flickering, we've turned the power off at the box but I'm scared",
  "a kid's finger got trapped in the new shredder you sold, the safety guard didn't stop it, we're going to A&E",

  // fitness clubs / more
  "the sauna door jammed and my dad was stuck in there 20 minutes, he's dizzy and red, staff only just opened it",
  'YOU CHARGED ME 5 TIMES THIS MONTH. FIVE. I cancelled in JUNE.',

  // ticketing / more
  "we got separated from our 9 year old in the crowd after the show, security won't make an announcement",
  "the ticket app crashed and charged me for 8 tickets I didn't want, $1,100, the show is sold out so I can't resell",

  // games / more
  'got my account back but they used my saved card for $890 of in-game purchases before I could change the password',

  // pets and vet clinics / more
  "my cat hasn't been able to pee since the vet visit yesterday and she's crying in pain, your emergency number goes to voicemail",

  // social media and messaging apps / more
  "I think my 12 year old's account is being used by an adult to send her messages telling her not to tell us, she's supposed to meet him after school today",

  // hotels / more
  'room 412 the ceiling fan fell on my husband while he was asleep, his face is cut open, please send someone',

  // airlines / more
  "the cabin crew locked me out of the toilet and told me to sit down, I'm having an asthma attack and my inhaler's in the overhead bin they won't let me open",

  // online shopping / more
  '卖家发来链接说我的订单卡单了要重新付款，我付了两次，每次八百，平台上根本看不到这个订单',
  '買到的嬰兒床欄杆斷了，寶寶的腿卡在裡面，現在腫起來了',

  // parcels and couriers / more
  '快递员说我的件是到付要先转账给他，我转了以后他就不接电话了，包裹也没到',

  // insurance / more
  '出险以后你们的查勘员说可以帮我“操作”多赔一点，让我先转两千“手续费”，我转了，现在他联系不上了',

  // telecom and broadband / more
  '收到一条短信说我的号码涉嫌诈骗两小时内停机，打过去对方要我的身份证正反面和银行卡，我都发了',

  // utilities (power, gas, water) / more
  '楼下的燃气管道被施工队挖漏了，整个小区都是味道，他们还在抽烟！！',

  // property management / more
  '物业保安把我拦在门口不让进，还把我推倒了，我怀孕五个月',

  // healthcare appointments / more
  '刚做完无痛胃镜回家，我老婆一直叫不醒，呼吸很浅',

  // payments and wallets / more
  '孩子用我的指纹开了免密支付，一个下午给主播打赏了三万二',

  // moving and home services / more
  '搬家师傅把我家冰箱从楼梯上摔下去了，砸到了楼下邻居家的老人',

  // travel agencies and tours / more
  '跟团去云南，导游和司机喝了酒还要开山路，我们说不坐他就骂人，车上还有小孩',

  // real estate and rentals / more
  '房东说不给涨房租就让我今晚搬走，已经把我的电闸拉了，家里还有冰箱里的胰岛素',

  // car rental and car services / more
  '代驾把我的车开走了不还，电话也关机了，车里还有我的电脑和证件',

  // streaming subscriptions / more
  '密码被改了，账号被人拿去卖了，我的绑定卡被扣了两年的年费',

  // software and SaaS accounts / more
  '刚发现我们的数据库被公开到网上了，几十万用户的手机号，你们的安全团队在哪',

  // fitness clubs / more
  '泳池里有人溺水了，救生员不在岗位上！！',

  // ticketing / more
  '演唱会门口的黄牛拿我的身份证复印了说帮我取票，现在人不见了，票也没了，身份证也没了',

  // government services / more
  '办事大厅门口有人自称“工作人员”说可以加急，收了我五千块和身份证原件，现在人找不到了',

  // appliances and repairs / more
  '电动车在楼道里充电起火了，门口已经是火和烟，我们在家出不去！！',

  // education and online courses / more
  '托管班老师把我儿子一个人锁在教室里，放学两个小时了才发现',

  // banking and cards / more
  '信用卡催收天天打电话骂我家人，还P了我的照片发到亲戚群里，我要去银保监会投诉你们',
  '理财经理私自用我的账户买了基金，亏了十二万，我已经报案了',
  'someone opened a credit card in my name at your bank and maxed it out, I just found out from a collections letter',

  // payments and wallets / more
  'I sent $700 for concert tickets through your app to a guy on marketplace 20 min ago and he blocked me, can the payment be stopped',
  "my account got locked mid-transfer and $9,800 left my balance but never arrived, it's my business payroll",

  // online shopping / more
  "I ordered a car seat from you and the buckle snapped during a sudden stop, my baby hit the front seat, we're at the hospital",
  "ordered a phone, got a box of rocks, you refuse to refund, I've filed a police report and a chargeback, scam company",
  '你们的客服在电话里骂我穷鬼买不起就别买，我要投诉，录音都在',

  // food delivery / more
  'the delivery guy took a photo of me through the window and posted it with my address, my daughter found it online',
  '骑手把餐放门口以后一直在楼道里不走，还在敲隔壁邻居的门，我报警了',

  // airlines / more
  '机场柜台说我的票被人改签了，乘机人名字还是我，但是航班变成了明天，我根本没操作过，我今晚必须到上海',

  // hotels / more
  "someone has been using a key card to get into our room while we're out, my laptop and passports are gone",

  // healthcare appointments / more
  'the nurse on your hotline told my mum to "wait and see" and now she\'s in resus with sepsis, I want a formal complaint logged today',
  '我爸的呼吸机半夜报警停了，租的你们的设备，客服电话没人接',

  // telecom and broadband / more
  '你们的装维师傅在我家装宽带的时候把电线接错了，现在插座一直冒烟，整个屋子都是焦味',

  // utilities (power, gas, water) / more
  "the water coming out of our taps is brown and smells like fuel, my kids drank it this morning and now they're both sick",

  // games / more
  '有人在游戏语音里说要去我学校门口堵我，还报出了我的班级名字',

  // ride-hailing / more
  '司机把我的行李拉走了，里面是我的护照和明天的机票，他现在不接电话',

  // ticketing / more
  '看台上有人突然倒地不起，抽搐，工作人员到现在都没过来！！',

  // real estate and rentals / more
  '中介带来看房的人趁我不在家进了我卧室，翻了我的东西，我的现金和手表不见了',

  // insurance / more
  "My travel insurer refuses to authorise my son's emergency surgery in Thailand, the doctors say he can't wait, I need someone with authority NOW",

  // property management / more
  "the fire alarm's going off all over the building and the stairwell doors are chained shut",

  // pharmacies / more
  '你们药店卖给我孩子的止咳糖浆，吃完以后孩子嗜睡叫不醒',

  // fitness clubs / more
  '教练让我老爸做高强度间歇，做到一半他说胸口疼倒下了，现在救护车在路上',

  // software and SaaS accounts / more
  '我们的域名被人转走了，官网和邮箱全挂了，登录你们后台发现管理员邮箱被改了',

  // streaming subscriptions / more
  "there's a charge from you every week now, $14.99, four this month, and I don't even have an account",

  // government services / more
  '我在国外被拘留了，护照被扣，领事馆电话打不通，我家人在国内很着急',

  // car rental and car services / more
  "the tow truck driver you sent is demanding $500 cash and won't release my car, he's being aggressive with my wife",

  // appliances and repairs / more
  '电暖器倒了，地毯已经烧起来了，灭火器在哪里买都来不及了，孩子在房间里',

  // education and online courses / more
  '留学中介收了二十万，说包录取，现在学校说根本没收到申请，中介电话停机了',

  // parcels and couriers / more
  'the parcel was addressed to me but when I opened it there were pills and a note saying "you owe us", I\'m frightened',

  // pets and vet clinics / more
  '我家狗在你们宠物店剪毛，被剪破了耳朵，店员还骂我狗凶',

  // travel agencies and tours / more
  "we're on your guided hike and my friend fell down a ravine, the guide has no signal and doesn't know what to do",

  // moving and home services / more
  "the locksmith you sent opened the door then demanded $700 and said he'd lock us back out if we don't pay, my kids are inside",

  // social media and messaging apps / more
  '我被人冒名注册了账号，用我的照片骗了好几个人的钱，现在那些人都来找我',
];

/** Calm messages: everything a person need not take at once (see the policy above). */
export const CALM_CORPUS: readonly string[] = [
  // online shopping / orders and returns
  '怎么修改收货地址',
  '订单能开发票吗',
  '退货流程是怎样的',
  '七天无理由退货包括哪些商品？',
  '请问优惠券怎么用',
  '我想取消订单，还没发货的',
  '这件衣服有M码吗',
  '怎么查看物流信息呀',
  '会员积分可以抵现吗',
  '退款一般多久到账',
  '商品降价了能补差价吗',
  '下单后多久发货',
  '请问支持货到付款吗',
  '可以用花呗分期吗',
  '颜色和图片有点差别，能换一个吗',
  '预售商品大概什么时候发',
  '退货的运费谁出啊',
  '有没有学生优惠',
  '电子产品保修多久',
  '订单号在哪里看',
  '怎么申请价保',
  '能开增值税专票吗',
  '海外直邮要交税吗',
  '如果收到的商品有质量问题怎么办',
  '显示退款成功了但银行卡里没看到，一般要几天',
  '想换个尺码 怎么操作',
  '赠品没收到，可以补发吗',
  '购物车的东西怎么一起结算',
  '商品详情页的尺码表准吗',
  '请问这个商品是正品吗，有没有授权',
  '想问一下怎么投诉商家，流程是什么',
  '怎么识别假客服电话？我没有被骗，就是问问',
  '包装有点压坏了，东西倒是没事，跟你们说一声',
  '收到的衣服有个线头，小问题，能给点补偿吗',
  '怎么还没发货啊，都两天了',
  'How do I change my delivery address',
  'can I return an item without the original box?',
  "what's your return policy for electronics",
  'do you ship to Canada',
  'where do I enter a promo code',
  'order still says processing, any idea when it ships?',
  'The sweater runs a bit small, can I exchange it for a L',
  'what should I do if I receive a damaged item',
  'how do I report a suspicious seller',
  'how long does a refund take to show up on my card',
  'do you price match',
  'Not urgent, just asking: can I combine two orders into one shipment',
  'how do i delete my account',
  'is gift wrapping available',
  'I got the wrong color, no big deal but can I swap it',
  'is this jacket waterproof',
  "How do I spot a fake customer service call? haven't been scammed, just want to be careful",
  'Can I change the payment method after ordering',

  // parcels and couriers / tracking and delivery
  '我的快递到哪了',
  '单号查不到信息是怎么回事',
  '怎么还没到啊，都第五天了',
  '可以改派送时间吗',
  '快递能放快递柜吗',
  '寄件怎么收费的',
  '寄到新疆要几天',
  '大件家具能寄吗',
  '怎么预约上门取件',
  '驿站几点关门',
  '我不在家能让邻居代收吗',
  '国际快递需要提供什么资料',
  '寄食品可以吗',
  '保价怎么算',
  '怎么投诉快递员，流程是什么',
  '包裹丢了一般怎么理赔？问一下流程',
  '拒收之后运费谁承担',
  '快递员没打电话就放门口了，下次能不能先打个电话',
  '物流三天没更新，正常吗',
  '能寄到香港吗？大概多少钱',
  '寄件人信息可以隐藏吗',
  '派件员电话是多少',
  '显示派送中但一直没来，今天还能到吗',
  '我想改收件地址，已经发出了',
  '快递包装可以用自己的箱子吗',
  '寄電子產品有限制嗎',
  '到付和寄付有什么区别',
  '退回的件怎么查',
  '能帮我接个真人吗，有个寄件的问题机器人说不清',
  '周末派件吗',
  '快递柜超时收费怎么算',
  "where's my package",
  'tracking number says label created for 4 days, is that normal',
  'still waiting for my parcel, any update',
  'can I redirect a package to a pickup point',
  'How do I schedule a pickup',
  "what's the size limit for a standard parcel",
  'Do you deliver on Sundays?',
  'how do I file a claim for a lost parcel? asking for the process',
  'Can I leave delivery instructions for the driver',
  'what counts as a prohibited item',
  'how much to send 2kg to Germany',
  "The driver left it with a neighbour, that's fine, just letting you know for next time",
  'do I need to sign for it',
  'how are customs duties calculated',
  'can someone else collect my parcel at the depot',
  'Agent please',
  'Is there a way to get SMS updates',
  'your tracking page is kind of slow lol',

  // airlines / booking and baggage
  '托运行李限额是多少',
  '可以带充电宝上飞机吗',
  '怎么选座',
  '航班延误了有补偿吗',
  '儿童票怎么买',
  '网上值机几点开放',
  '改签要手续费吗',
  '航班延误险怎么申请',
  '我的航班还准点吗',
  '登机牌可以打印吗',
  '宠物可以托运吗',
  '特殊餐怎么预订',
  '里程怎么查',
  '会员升级规则是什么',
  '退票怎么退',
  '行李丢失了一般怎么处理，流程是什么',
  '需要提前多久到机场',
  '护照快过期还能坐国际航班吗',
  '可以带多少液体',
  '婴儿车能带上飞机吗',
  '孕妇乘机有什么要求',
  '转机行李要重新托运吗',
  '发票在哪开',
  '我想加购行李额',
  '國際航班可以帶幾瓶酒',
  '航班取消了怎么改签？不急，下周的航班',
  '飞机上有wifi吗',
  '我要找人工客服，想改个名字的拼写',
  '老人需要轮椅服务怎么申请',
  "what's the baggage allowance on economy",
  'can I bring a power bank in carry on',
  'how do I pick a seat',
  'my flight is delayed 2 hours, am I entitled to anything?',
  'How early does online check-in open',
  'can I change the name on a ticket',
  'do you allow pets in the cabin',
  'where do I request a special meal',
  'how do miles expire',
  'I need to cancel my flight next month, how does the refund work',
  "What if my luggage is lost, what's the process",
  'is there wifi on board',
  'Can I upgrade with miles at the gate',
  'do I need a visa for a layover in Doha',
  'how do I add a checked bag after booking',
  'Still waiting on my refund from last week, when can I expect it? no rush',
  "I'd like to speak with an agent about a booking change",
  "What's your policy on travelling while pregnant",

  // hotels / bookings and stays
  '几点可以入住',
  '可以延迟退房吗',
  '早餐几点开始',
  '停车场收费吗',
  '有没有接机服务',
  '可以加床吗',
  '能开发票吗，公司报销',
  '房间有浴缸吗',
  '可以带宠物入住吗',
  '提前入住要加钱吗',
  '会员有什么优惠',
  '预订可以免费取消吗',
  '押金多少，怎么退',
  '我想换到高一点的楼层',
  '有健身房和游泳池吗',
  '离地铁站远吗',
  '行李可以寄存吗',
  'wifi密码是多少',
  '酒店有洗衣服务吗',
  '房间有点吵，方便的话能换一间吗',
  '空调有点不太冷，能派人看一下吗，不急',
  '隔壁有点吵，能提醒一下吗',
  '入住需要带什么证件',
  '外国人可以住吗',
  '我要转人工',
  '押金退了吗？还没看到，想问下一般几天',
  '請問有無障礙客房嗎',
  'What time is check-in',
  'Can I get a late checkout',
  'Is breakfast included in my booking?',
  'Do you have parking',
  'can I bring my dog',
  'is there an airport shuttle',
  'how much is the deposit and when do I get it back',
  'can I add an extra bed for a child',
  'Hi, could someone bring extra towels when they get a chance',
  "the TV remote doesn't work, no rush",
  'Is the pool heated',
  'can you store my luggage after checkout',
  'how do I cancel my reservation',
  'talk to a real person please',
  'Can I get an invoice with my company name on it',
  'do you have connecting rooms',
  'What should I do if I lose my room key? just asking ahead',

  // trains / tickets and travel
  '学生票怎么买',
  '儿童多高要买票',
  '改签最晚什么时候',
  '退票手续费怎么算',
  '候补购票是什么意思',
  '火车上能带多少行李',
  '可以带宠物吗',
  '怎么选靠窗的座位',
  '电子客票怎么报销',
  '身份证丢了怎么坐车',
  '怎么开通常旅客会员',
  '晚点了可以退票吗',
  '站台票在哪买',
  '动车上有餐车吗',
  '能在车上补票吗',
  '临时身份证在哪里办',
  '卧铺下铺能指定吗',
  '我坐过站了怎么办？问问而已，没坐过',
  '12306怎么添加乘车人',
  '积分兑换车票怎么操作',
  '換乘時間不夠怎麼辦',
  '高铁票提前多少天开售',
  '老人买票有优惠吗',
  '火车几点到站？G1234',
  '车上充电插座在哪',
  '发票可以开公司抬头吗',
  '护照能在自助机取票吗',
  '铁路客服电话多少',
  '我想找人工咨询一下改签',
  '候补一直没成功，正常吗',
  'how do I buy a child ticket',
  'Can I change my seat reservation after booking',
  "what's the refund fee if I cancel the day before",
  'is there a quiet carriage',
  'Can I bring a bike on the train',
  'what happens if I miss my train',
  'do rail passes cover sleeper trains',
  'how early should I arrive at the station',
  'is there food on board',
  'my train is delayed 40 minutes, can I claim anything?',
  'How do I get a receipt for my ticket',
  'can I travel on an earlier train with my ticket',
  'are dogs allowed on board',
  'how many bags can I take on the train',
  'can I speak to someone about a group booking',
  'where do I pick up tickets bought online',
  'Do seniors get a discount',

  // ride-hailing / rides and payments
  '怎么预约明天早上的车',
  '可以指定车型吗',
  '司机迟到了，怎么联系他',
  '发票怎么开',
  '东西落在车上了，怎么找',
  '取消订单要收费吗',
  '怎么添加常用地址',
  '拼车怎么计费',
  '车费怎么算的，能看明细吗',
  '怎么设置紧急联系人',
  '能带宠物上车吗',
  '接送机怎么预约',
  '怎么给司机打赏',
  '优惠券为什么用不了',
  '夜间加价是多少',
  '司机开得有点快，下次能不能提醒一下',
  '怎么注册成为司机',
  '账号可以给家人用吗',
  '怎么投诉司机，入口在哪',
  '行程分享怎么用',
  '坐车遇到危险应该怎么求助？就是想了解一下',
  '车上有点脏，不是大事',
  '等了十分钟司机还没到',
  '可以开发票抬头写公司吗',
  '为什么显示附近没有车',
  '行程结束了还能修改目的地吗',
  '怎么删掉行程记录',
  '想和真人客服说话',
  '怎麼綁定信用卡付款',
  '儿童安全座椅有吗',
  'how do I schedule a ride in advance',
  'can I add a stop on the way',
  'I left my umbrella in the car, how do I get it back',
  "what's surge pricing",
  'How do I get a receipt for a business trip',
  'how do I set up a family account',
  'can I pay cash',
  'The driver was a bit chatty, not a problem, just feedback',
  'why was my promo code rejected',
  'How do I add a tip after the ride',
  'is there a car seat option',
  'what should I do if I feel unsafe during a ride? just wondering',
  'my driver is 5 min late, where is he',
  'how does the cancellation fee work',
  'can I request a female driver',
  "How do I report a driver, what's the process",

  // food delivery / orders and delivery
  '外卖怎么还没到啊',
  '骑手在哪，能看到位置吗',
  '能备注不要香菜吗',
  '配送费怎么算的',
  '满减活动怎么用',
  '会员怎么开通',
  '怎么取消订单',
  '商家超时了有赔付吗',
  '送错了，给了别人的饭，能重新送吗',
  '少送了一杯饮料，能退一下那杯的钱吗',
  '餐具可以不要吗',
  '能预约明天中午的送达时间吗',
  '发票找商家开还是平台开',
  '能改收货地址吗',
  '晚上几点之后不送了',
  '红包怎么领',
  '平台有哪些食品安全保障？我只是问问',
  '如果吃出异物一般怎么处理',
  '怎么给骑手打赏',
  '商家休息了还能下单吗',
  '怎么评价骑手',
  '会员能退吗',
  '有点咸了，下次少放盐',
  '外卖放门口就行，不用敲门',
  '怎么看商家的卫生评级',
  '可以开团餐吗，公司20个人',
  '怎么设置默认地址',
  '积分有什么用',
  '外送的距离范围是多少',
  '汤有点洒了，不算严重',
  '是不是下雨天送得慢',
  '怎么投诉商家？流程是怎样的',
  '我想找人工客服问一下优惠券',
  '外賣可以指定送達時間嗎',
  'where is my food',
  'can I change my delivery address after ordering',
  'how do I add a note for the restaurant',
  "what's the delivery fee",
  'do you deliver after midnight',
  'the fries were cold, not a huge deal, just feedback',
  'How do I tip my driver',
  'can I get a refund for one missing item',
  'how do I cancel my membership',
  'Is there a minimum order',
  'they forgot the sauce lol',
  'How do allergen labels work on your app? just want to know before ordering',
  'can I schedule an order for tomorrow',
  "what's your policy if an order arrives late",
  'How do I report a restaurant for hygiene issues',
  'promo code not applying',
  'Can I order for someone at a different address',
  'Can I chat with a person about my account',

  // banking and cards / cards and accounts
  '如何挂失银行卡',
  '银行卡丢了应该怎么办，需要带什么去柜台',
  '发现盗刷一般多久能退回',
  '怎么开通手机银行',
  '信用卡账单日怎么改',
  '如何提高信用额度',
  '存款利率是多少',
  '大额转账限额怎么调',
  '怎么办理一张新卡',
  '网点营业时间是几点',
  '外币怎么兑换',
  '怎么查征信',
  '怎么开通短信提醒',
  '信用卡分期手续费怎么算',
  '销户要带什么',
  'ATM吞卡了怎么办？今天不急着用',
  '如何防止电信诈骗，银行有什么建议',
  '接到自称银行的电话要验证码，这种是不是诈骗？我没给，就是确认一下',
  '年费可以免吗',
  '我想办房贷，需要什么材料',
  '跨行转账多久到账',
  '怎么修改预留手机号',
  '境外取现手续费多少',
  '理财产品可以提前赎回吗',
  '怎么设置交易密码',
  '信用卡可以绑定微信吗',
  '忘记了网银密码怎么办',
  '我想预约大额取现',
  '怎么申请纸质账单',
  '账户被冻结一般是什么原因',
  '转人工，我要咨询信贷',
  '我要找真人客服，机器人答不上来',
  '零存整取和定期有什么区别',
  '信用卡還款日可以延後嗎',
  'how do I report a lost card',
  'what should I do if my card is lost',
  'how long does a fraud claim take to resolve',
  "how do I report fraud on my account, what's the procedure",
  'what are your branch opening hours',
  'how do I set up direct deposit',
  'can I increase my credit limit',
  "what's the interest rate on savings",
  'how do I order a new debit card',
  'is there a fee for international transfers',
  'How do I update my address',
  'can I freeze my card temporarily in the app',
  'how do I dispute a charge',
  'What documents do I need to open an account',
  'How can I protect myself from phone scams? nothing happened, just being careful',
  'the app logged me out a few times today, anyone else?',
  'Can I speak to a representative about a mortgage',
  "what's the daily ATM withdrawal limit",

  // payments and wallets / wallet how-to
  '怎么绑定银行卡',
  '转账限额是多少',
  '提现手续费怎么算',
  '怎么关闭免密支付',
  '如何开启指纹支付',
  '怎么查看账单',
  '实名认证怎么弄',
  '怎么解绑一张旧卡',
  '怎么给别人发红包',
  '二维码收款要手续费吗',
  '亲情卡是什么',
  '零钱理财安全吗',
  '怎么设置支付顺序',
  '转错人了能撤回吗？还没转，先问问',
  '转给朋友的钱要多久才能到',
  '境外能用吗',
  '个人收款码和商家收款码有什么区别',
  '怎么修改支付密码',
  '交易记录能导出来做报销吗',
  '自动续费在哪关',
  '被骗了应该第一时间做什么？不是我，帮朋友问',
  '怎么防止扫码诈骗',
  '账号注销要多久',
  '怎么查一笔交易的收款方',
  '信用分怎么提高',
  '提现到账慢了一点，一般要多久',
  '我想找个客服人员问下商户费率',
  '我想跟真人聊一下商户认证的事',
  '可以用港幣付款嗎',
  '怎么申请商家收款',
  'how do I link a bank account',
  "what's the transfer limit per day",
  'how do I turn off auto-pay for a subscription',
  'Can I send money internationally',
  'how do I verify my identity',
  'is there a fee to withdraw to my bank',
  'how do I dispute a payment I made by mistake',
  'what do I do if I sent money to the wrong person? asking before I send anything',
  'How can I tell if a payment request is a scam',
  'can I use the wallet abroad',
  'How do I set up a business account',
  'where can I download statements',
  'my transfer is taking longer than usual, is that normal',
  'How do I enable two-factor',
  'Can I get a human on chat',
  "what's the difference between balance and linked card payments",

  // insurance / policies and claims
  '出车祸了保险怎么理赔的流程是什么',
  '车险包括哪些',
  '旅游险包不包括住院',
  '重疾险和医疗险有什么区别',
  '理赔需要准备什么材料',
  '保单怎么查',
  '可以网上买车险吗',
  '保费可以分期吗',
  '犹豫期是多久',
  '怎么退保，有什么损失',
  '受益人可以改吗',
  '我爸六十岁了还能买医疗险吗',
  '住院了怎么报销，一般要多久',
  '小孩的保险怎么选',
  '意外险包括骨折吗',
  '宠物险保什么',
  '保险到期了怎么续保',
  '怎么修改保单上的地址',
  '理赔进度在哪看',
  '等了两周还没审核完，正常吗',
  '如何识别保险诈骗电话？我没有上当，就是问问',
  '保险这块能找个专员聊吗',
  '我想找真人聊聊家财险',
  '车险出险一次明年涨多少',
  '代步车服务怎么申请',
  '保單可以轉給家人嗎',
  'what does travel insurance cover for a hospital stay',
  'how do I file a car insurance claim, step by step',
  'what documents do I need for a claim',
  'Can I add my teenage son to my car policy',
  'how much does my premium go up after an accident',
  'does home insurance cover burst pipes',
  'when does my policy renew',
  'How do I change my beneficiary',
  'is dental included in my health plan',
  'can I pay monthly instead of yearly',
  "what's the deductible on my plan",
  'how long does a claim usually take',
  'does the policy cover me abroad?',
  'I hit a pole in a parking lot last month, no one hurt, how do I claim it',
  "I'd like to talk to an agent about life insurance options",
  'How do I cancel my policy and is there a fee',

  // telecom and broadband / plans and service
  '怎么查话费余额',
  '流量不够用了怎么加包',
  '宽带怎么报修',
  '怎么改套餐',
  '携号转网怎么办理',
  '手机卡丢了怎么补',
  '国际漫游怎么开通',
  '宽带能提速吗',
  '怎么开电子发票',
  '营业厅几点关门',
  '5G套餐有哪些',
  '副卡怎么办理',
  '停机保号怎么弄',
  '怎么取消增值业务',
  '光猫灯一直闪红灯是什么意思',
  'wifi有点慢，晚上尤其卡',
  '网速有点不稳定，不着急，周末能来看看吗',
  '搬家了宽带能移机吗',
  '怎么防止手机被补卡诈骗',
  '积分能换话费吗',
  '合约期还有多久',
  '宽带安装要多久',
  '路由器可以自己买吗',
  '学生卡有什么优惠',
  '老人机套餐推荐一下',
  '我要转人工，问一下合约',
  '網路斷了一下又好了，要報修嗎',
  '話費怎麼用信用卡自動扣',
  'how do I check my data usage',
  'what plans do you have with unlimited data',
  'my internet is slow in the evenings, can someone check',
  'How do I port my number to you',
  'can I keep my number if I switch plans',
  'How do I activate roaming before travelling',
  'what happens if I go over my data limit',
  'How do I set up a new router',
  'how much is an early termination fee',
  "Can I pause my service while I'm abroad",
  'is fiber available at my address',
  'how do I get a copy of my bill',
  "I'd like to talk to someone about upgrading my phone",
  'my wifi drops every now and then, not a big deal',
  'How can I stop spam calls',
  'When will the outage in my area be fixed? no rush, just wondering',

  // utilities (power, gas, water) / bills and service
  '怎么交电费',
  '电费怎么查',
  '阶梯电价怎么算',
  '燃气开户需要什么材料',
  '水表在哪里看',
  '停水通知在哪查',
  '怎么申请峰谷电',
  '家里跳闸了，总开关在哪',
  '搬家了怎么过户水电燃气',
  '燃气灶点不着火是什么原因',
  '电费可以自动扣款吗',
  '怎么开电费发票',
  '如果闻到煤气味应该怎么做？提前了解一下',
  '燃气安全检查多久一次',
  '热水器安装要收费吗',
  '水压有点低，不急，可以派人看看吗',
  '水有点发黄，烧开能喝吗',
  '预付费电表怎么充值',
  '燃气卡没气了去哪充',
  '太阳能发电能卖给电网吗',
  '电动汽车充电桩怎么申请',
  '下个月停电检修是哪几天',
  '怎么改缴费户名',
  '我想找人工问一下电价',
  '電費單上的基本費是什麼',
  'how do I pay my electricity bill online',
  'how can I read my meter',
  'what should I do if I smell gas? just want to know in advance',
  'when is the planned outage in my area',
  'how do I set up a new account when I move in',
  'Why is my bill higher this month? just curious',
  'can I get a smart meter',
  "what's the number for reporting a water leak in the street",
  "is there a payment plan if I can't pay in one go",
  'how do I transfer the account to my name',
  "water pressure's a bit low in the mornings",
  'can I change my billing date',
  'Can you explain the tariff options',
  'Is there a discount for seniors',
  "I'd like to speak to a person about my direct debit",

  // property management / building services
  '物业费怎么交',
  '门禁卡丢了怎么补办',
  '停车位怎么租',
  '快递可以放物业吗',
  '装修需要办什么手续',
  '垃圾分类时间是几点',
  '水电维修怎么预约',
  '小区能不能养狗',
  '访客车辆怎么登记',
  '电梯年检是什么时候',
  '物业费包括哪些服务',
  '房间的灯坏了能派人修一下吗',
  '楼下有点吵，能提醒一下邻居吗',
  '走廊的灯不太亮，麻烦换个灯泡',
  '小区健身房开放时间',
  '外墙清洗是什么时候',
  '业主群在哪加',
  '怎么投诉邻居，流程是什么',
  '物业发票怎么开',
  '能帮忙收一下快递吗，我出差',
  '物业电话多少',
  '电动车可以进电梯吗',
  '下水道有点慢，不是很急',
  '遇到电梯困人应该怎么办？我就问问，没被困',
  '找人工',
  '我想跟管家聊一下车位的事',
  '公共區域可以放嬰兒車嗎',
  'how do I pay the service charge',
  'I lost my key fob, how do I get a new one',
  'can I book the community room for a party',
  'when is bulk trash pickup',
  'what are the quiet hours',
  'can I install an EV charger in my parking spot',
  'how do I register a guest vehicle',
  'The hallway light on floor 3 is out, whenever you get a chance',
  'How do I request a repair',
  'can I have a package held at the front desk',
  'Are pets allowed in the building',
  "what's the process to renovate my kitchen",
  "my neighbor's music is a little loud at night, could someone mention it",
  'Who do I talk to about the gym hours',
  "how do I join the residents' group chat",
  'Can someone call me back about my parking permit',

  // healthcare appointments / booking and visits
  '怎么预约挂号',
  '可以预约哪个医生',
  '挂号费多少',
  '取消预约怎么操作',
  '体检报告在哪看',
  '医保卡能用吗',
  '怎么改预约时间',
  '专家号什么时候放号',
  '检查前需要空腹吗',
  '儿科周末有门诊吗',
  '线上问诊怎么收费',
  '病历怎么复印',
  '复诊要重新挂号吗',
  '停车方便吗',
  '陪诊服务有吗',
  '疫苗预约怎么弄',
  '可以给家人挂号吗',
  '报告出来了，医生什么时候能解读',
  '约了上午九点，大概要等多久',
  '如果突然胸痛应该挂什么科？问一下，以备不时之需',
  '转人工客服，我想改一下预约人信息',
  '体检套餐有哪些',
  '可以开病假条吗',
  '牙科洗牙怎么约',
  '這個醫生週幾有門診',
  'how do I book an appointment',
  'can I reschedule my appointment for next week',
  'Do you accept my insurance',
  'where can I see my test results',
  'Is there parking at the clinic',
  'how much is a consultation',
  'can I book for my child',
  'what should I bring to my first visit',
  'how do I get a copy of my medical records',
  'do I need to fast before the blood test',
  'is telehealth available',
  'the waiting time was a bit long today, just feedback',
  "I'd like to talk to a receptionist",
  'how do I request a repeat prescription',
  'Can I see the same doctor as last time',

  // pharmacies / medicines and orders
  '这个药饭前吃还是饭后吃',
  '布洛芬和感冒药能一起吃吗',
  '处方药怎么买',
  '能用医保支付吗',
  '药可以送到家吗',
  '药店晚上开到几点',
  '这个药有儿童剂量吗',
  '孕妇可以吃这个吗',
  '怎么上传处方',
  '药品可以退吗',
  '有没有维生素D',
  '过敏药有什么推荐',
  '怎么查药的真伪',
  '慢性病可以开长处方吗',
  '药快吃完了，想续一下，不急',
  '血压计能租吗',
  '配送要多久',
  '药店有测血糖的服务吗',
  '晚上有值班药师吗',
  '吃错药了一般怎么处理？我没吃错，只是好奇',
  '店里的口罩还有货吗',
  '有点咳嗽，买什么药好',
  '我想跟药剂师聊一下',
  '這個藥有副作用嗎',
  '叶酸什么时候开始吃',
  'Can I take ibuprofen with this',
  'how do I transfer a prescription to your store',
  'do you deliver',
  'is this available without a prescription',
  'what time does the pharmacy close on Sunday',
  'Can I refill online',
  'do you have the generic version',
  'how should I store insulin when travelling',
  'is this safe while breastfeeding',
  'what do I do with expired meds',
  'can I speak to the pharmacist about side effects',
  "my refill isn't ready yet, any idea when? not urgent",
  'do you do flu shots',
  'How much is this without insurance',

  // education and online courses / courses and study
  '课程怎么购买',
  '可以试听吗',
  '课程有效期多久',
  '回放在哪里看',
  '可以开发票吗',
  '怎么申请退款，规则是什么',
  '课程可以转让给别人吗',
  '证书怎么领取',
  '直播课迟到了能看回放吗',
  '作业在哪提交',
  '老师可以一对一答疑吗',
  '有没有适合零基础的课',
  '手机和电脑能同时登录吗',
  '报名截止是什么时候',
  '下载的课件打不开',
  '考试可以补考吗',
  '学习进度怎么查',
  '有奖学金吗',
  '想换个班，可以吗',
  '能分期付款吗',
  '课程更新了吗',
  '家长可以旁听吗',
  '老师讲得有点快，能放慢一点吗',
  '助教回复有点慢，不急',
  '转人工，问一下课时包',
  '我要找真人客服问一下退费',
  '網課可以倍速播放嗎',
  '四六级备考课什么时候开',
  'how do I enroll',
  'Is there a free trial',
  'how long do I have access to the course',
  'where are the recordings',
  'Can I get a certificate',
  'I forgot my password and the reset email never arrives, can someone check?',
  'can I switch to a different cohort',
  "What's your refund policy",
  'Do you offer student discounts',
  'the video keeps buffering a bit, is that on your side?',
  'how do I submit my assignment',
  'Can I download lessons for offline use',
  'who do I contact about accessibility accommodations',
  'Can I get an invoice for my employer',
  'Is the exam open book',

  // software and SaaS accounts / accounts and features
  '怎么重置密码',
  '怎么开启两步验证',
  '怎么添加团队成员',
  '席位怎么增加',
  '发票怎么下载',
  '年付有优惠吗',
  '怎么导出数据',
  'API调用限额是多少',
  '可以和钉钉集成吗',
  '有没有私有化部署',
  '怎么改绑邮箱',
  '试用期多久',
  '怎么取消订阅',
  '数据会存在哪个地区',
  '怎么设置管理员权限',
  '这个功能在哪个版本里有',
  '页面加载有点慢，是网络问题吗',
  '导出报表的格式能选Excel吗',
  '账号被锁了怎么办？我现在没事，想提前了解',
  '怎么识别钓鱼邮件',
  '有没有中文文档',
  '能找个人工演示一下吗',
  '單一登入SSO怎麼設定',
  '移动端有app吗',
  'how do I reset my password',
  'how do I enable 2FA',
  'how do I add a user to our workspace',
  'where can I download invoices',
  'can I switch from monthly to annual billing',
  'how do I export my data to CSV',
  'is there an API rate limit',
  'Do you support SSO with Okta',
  'where is the data hosted',
  'how do I downgrade to the free tier',
  'What happens to my data after I cancel',
  'the dashboard is loading slowly today, anything going on?',
  'can I change the account owner',
  'Is there a nonprofit discount',
  'How should I report a security vulnerability',
  'Could I get on a call with someone from sales',
  "the dark mode toggle doesn't stick, minor thing",

  // games / gameplay and accounts
  '怎么绑定手机号',
  '怎么修改游戏昵称',
  '充值没到账，要等多久',
  '防沉迷怎么解除',
  '怎么换区',
  '礼包码在哪里兑换',
  '活动什么时候结束',
  '怎么申诉封号，流程是什么',
  '怎么举报外挂',
  '好友上限多少',
  '能转服吗',
  '游戏卡顿怎么办',
  '手柄支持吗',
  '有没有PC版',
  '新赛季什么时候开始',
  '怎么关闭自动续费月卡',
  '账号怎么注销',
  '家长怎么设置消费限额',
  '怎么防止账号被盗',
  '这个角色怎么培养',
  '每日任务刷新时间',
  '公会怎么创建',
  '游戏客服有真人吗',
  '游戏里好像有个小bug，不影响玩',
  '我想反馈一下翻译错误',
  '遊戲帳號可以綁定兩個信箱嗎',
  'how do I link my account to my console',
  'how do I redeem a code',
  "my purchase hasn't shown up yet, how long does it usually take",
  'how do I appeal a ban',
  'how do I report a cheater',
  'Can I transfer my progress to a new phone',
  'how do I set spending limits for my kid',
  'When does the event end',
  'Is cross-play supported',
  'what are the system requirements',
  'the game stutters a bit on my laptop, any settings I should change',
  'Can I rename my character without losing progress',
  "There's a typo in the quest description lol",
  'Can I get a refund on a skin I bought by accident yesterday',
  'can a human look at this? the bot keeps sending me the same article',

  // streaming subscriptions / plans and playback
  '会员怎么取消自动续费',
  '可以几个人同时看',
  '怎么换绑手机号',
  '电视端怎么登录',
  '有没有学生会员',
  '4K画质要加钱吗',
  '怎么下载离线观看',
  '为什么有些剧还要单独付费',
  '会员能开发票吗',
  '怎么修改支付方式',
  '视频一直缓冲怎么办',
  '字幕怎么调大',
  '家庭共享怎么设置',
  '可以在国外看吗',
  '怎么设置儿童模式',
  '某部剧什么时候更新',
  '能投屏吗',
  '会员到期了会有提醒吗',
  '不小心开了自动续费，今天刚扣，能退吗？不急',
  '声音和画面有点不同步',
  '有推荐的纪录片吗',
  '有没有人工，想咨询下会员权益',
  '我想问问年卡和月卡哪个划算',
  '會員可以共享給家人嗎',
  'where is the cancel button, I cannot find it in settings',
  'how many screens can stream at once',
  'Is there a student plan',
  'how do I change my payment card',
  'can I download shows to watch offline',
  "Why isn't this movie available in my country",
  'how do I set up parental controls',
  'the audio is out of sync on my TV, any tips',
  'is 4K included in my plan',
  'can I pause my membership instead of cancelling',
  'I got charged today for renewal, I meant to cancel, can I still get a refund? no drama',
  'How do I sign out of all devices',
  "any good comedies you'd recommend",
  'can I talk to support about my plan',
  'subtitles are too small, where do I change that',

  // car rental and car services / rentals and servicing
  '租车需要什么证件',
  '押金多少',
  '可以异地还车吗',
  '租车包含保险吗',
  '怎么延长租期',
  '油要加满还车吗',
  '还车时间晚了怎么收费',
  '可以加一个驾驶员吗',
  '有儿童座椅吗',
  '保养一次多少钱',
  '怎么预约保养',
  '车辆年检怎么办理',
  '违章怎么处理',
  '租车遇到事故一般怎么处理？问一下流程',
  '新能源车怎么充电',
  '能送车上门吗',
  '取车的时候要检查什么',
  '有没有自动挡的车',
  '驾照刚拿半年能租吗',
  '车有点异响，不影响开，下次保养时看一下吧',
  '轮胎胎压灯亮了，不急，能顺路去店里看吗',
  '洗车需要预约吗',
  '能转个人工吗，想问还车地点',
  '我想问问长租有没有优惠',
  '國外駕照可以租車嗎',
  'what do I need to rent a car',
  'Is insurance included',
  'can I return the car at a different location',
  'how much is the security deposit',
  'Can I add a second driver',
  'do you have child seats',
  "what's the fuel policy",
  'how do I extend my rental',
  'What happens if I get a parking ticket in the rental',
  'How do I book a service appointment',
  'how much is an oil change',
  'the check engine light came on, is it safe to drive to your shop tomorrow?',
  'what should I do if I have an accident in a rental? asking before my trip',
  'Can I pick up the car early',
  'do you rent to under 25s',

  // real estate and rentals / renting and buying
  '看房怎么预约',
  '押金一般是几个月',
  '中介费怎么收',
  '可以短租吗',
  '能养宠物吗',
  '房租包含物业费吗',
  '合同怎么签，需要带什么',
  '提前退租要违约金吗',
  '房子可以转租吗',
  '首付最低多少',
  '公积金贷款怎么申请',
  '二手房过户流程是什么',
  '学区房怎么查',
  '能开租房发票吗',
  '租房可以落户吗',
  '房东不退押金一般怎么维权？问一下流程',
  '热水器有点小问题，什么时候能来看看',
  '厨房水龙头滴水，有空来修一下就行',
  '看房时要注意什么',
  '怎么识别虚假房源',
  '房贷利率现在是多少',
  '能帮我找离地铁近的两居室吗',
  '我想找人工问一下合同条款',
  '可以先看视频看房吗',
  '月付可以吗',
  '租屋可以申請補貼嗎',
  'How do I book a viewing',
  "what's the deposit for this flat",
  'Is the rent negotiable',
  'are pets allowed',
  'Are utilities included',
  'Can I sublet',
  'How much notice do I need to give to move out',
  'what documents do I need to apply',
  'how does the mortgage pre-approval work',
  'what are closing costs usually',
  'is there parking with the unit',
  'the kitchen tap drips a bit, could someone look at it sometime',
  'how do I report a fake listing',
  'Can I speak to an agent about a viewing this weekend',
  "what should I do if my landlord won't return my deposit? asking generally",

  // government services / procedures
  '身份证到期了怎么换',
  '护照怎么办理',
  '社保怎么查',
  '公积金怎么提取',
  '居住证需要什么材料',
  '结婚登记要带什么',
  '新生儿怎么上户口',
  '驾照换证在哪办',
  '个税怎么退',
  '营业执照怎么办理',
  '办事大厅几点开门',
  '可以网上预约吗',
  '异地医保怎么备案',
  '出入境证件可以加急吗',
  '失业金怎么申领',
  '老人证怎么办',
  '身份证丢了怎么办，要先挂失吗',
  '遇到冒充公检法的电话怎么处理？我没接到，就是了解一下',
  '材料还差一份，可以下次补吗',
  '排号大概要等多久',
  '请帮我转人工服务，谢谢',
  '我想找个工作人员问问流程',
  '戶籍謄本怎麼申請',
  'how do I renew my passport',
  "what documents do I need for a driver's license renewal",
  'how do I apply for a birth certificate',
  'when is the tax filing deadline',
  'how can I check my application status',
  'can I book an appointment online',
  'how do I register to vote',
  'how long does a visa extension take',
  'What do I do if I lose my ID card? just asking',
  'How do I report a suspected scam call pretending to be the tax office',
  'which office handles ID cards in the north district',
  'can someone help me fill in the form',
  'Is there a fee for replacing a birth certificate',
  'what are the office hours on Saturday',

  // appliances and repairs / repair and warranty
  '怎么预约上门维修',
  '保修期多久',
  '延保怎么买',
  '安装要收费吗',
  '维修费怎么收',
  '空调多久清洗一次',
  '冰箱不制冷了，能派人来看看吗',
  '洗衣机显示E4是什么意思',
  '热水器怎么除垢',
  '说明书丢了哪里下载',
  '旧家电能以旧换新吗',
  '配件能单独买吗',
  '售后网点在哪里',
  '维修进度怎么查',
  '空调有点异味，不着急，可以约个清洗',
  '洗碗机排水有点慢',
  '电饭煲内胆涂层掉了，能换吗',
  '家电起火应该怎么处理？提前问问',
  '怎么辨别真假售后电话',
  '师傅可以周末来吗',
  '扫地机器人总是卡在桌腿那',
  '请安排人工客服联系我，关于延保',
  '麻烦帮我查下发票，保修要用',
  '冷氣的遙控器壞了可以買新的嗎',
  'how do I book a repair',
  'Is my fridge still under warranty',
  'what does the extended warranty cover',
  'How much is the call-out fee',
  'the washer shows error code F21, what does it mean',
  'can I buy a replacement filter',
  'how often should I descale the coffee machine',
  "where's your nearest service centre",
  'Can a technician come on Saturday',
  'where do I download the manual',
  'the dishwasher leaves spots on glasses, any tips',
  'the microwave light stopped working, no big deal',
  'how do I register my product for warranty',
  'Can I trade in my old appliance',
  "I'd like to speak with someone about a repair quote",

  // fitness clubs / membership and classes
  '办卡多少钱',
  '可以先体验一次吗',
  '营业时间是几点到几点',
  '私教课怎么收费',
  '团课怎么预约',
  '会员卡可以转让吗',
  '可以暂停会员吗，我要出差两个月',
  '有没有淋浴和储物柜',
  '泳池几点开放',
  '怎么退卡，流程是什么',
  '带朋友来要收费吗',
  '停车免费吗',
  '学生卡有优惠吗',
  '瑜伽课适合新手吗',
  '储物柜钥匙丢了怎么办',
  '器械有点旧了，什么时候更新啊',
  '空调开得有点冷',
  '团课老师讲得很好，想问下她还有什么课',
  '如果运动受伤了健身房有保险吗？我就问问',
  '体测怎么预约',
  '续费的事情想当面问问前台，有电话吗',
  '會員可以在不同分店使用嗎',
  'How much is a membership',
  'can I get a day pass',
  'what are your opening hours on holidays',
  'How do I book a class',
  "can I freeze my membership while I'm travelling",
  'Do you have personal trainers, how much',
  'Is there a student rate',
  "how do I cancel, what's the notice period",
  'do you have towels or should I bring my own',
  'the water fountain on the second floor is warm, just FYI',
  'is there a pool',
  'can I bring a friend for free',
  'Is parking free for members',

  // ticketing / tickets and events
  '什么时候开票',
  '一个账号能买几张',
  '怎么实名购票',
  '电子票怎么入场',
  '可以退票吗，手续费多少',
  '座位图在哪看',
  '儿童需要买票吗',
  '可以带相机进场吗',
  '演出几点入场',
  '现场有寄存吗',
  '票可以转给朋友吗',
  '演出发票什么时候能开',
  '演出取消了怎么退款，流程是什么',
  '预售需要注册会员吗',
  '怎么防止买到假票',
  '学生证能打折吗',
  '有没有无障碍座位',
  '抢票的时候页面有点卡',
  '散场后有没有接驳车',
  '想问问是不是还有余票',
  '票务有人工客服吗',
  '门票邮寄到哪了，还没收到，演出下个月',
  '場館可以帶水嗎',
  'when do tickets go on sale',
  'how many tickets can I buy per account',
  'Can I transfer my ticket to a friend',
  'what time do doors open',
  'is there a bag policy',
  "Can I get a refund if I can't make it",
  'are there accessible seats',
  'do kids need a ticket',
  'is there a cloakroom',
  'how do I get my e-ticket onto my phone',
  'the queue page is a bit slow, is that normal',
  'what should I do if my event gets cancelled? just checking',
  'Are there student discounts',
  "we're a school group of 45 kids, who handles big bookings?",

  // general / greetings and chit-chat
  '你好',
  '您好',
  '在吗',
  'hi',
  'hello there',
  'hey',
  '早上好',
  '晚上好呀',
  '谢谢',
  '多谢多谢',
  '好的',
  '嗯嗯',
  '收到',
  'OK thanks',
  'thank you so much, that helped',
  'cool',
  '拜拜',
  'bye',
  '你是机器人吗',
  '你叫什么名字',
  'are you a bot',
  "what's your name",
  '你们几点下班',
  '今天天气怎么样',
  '讲个笑话吧',
  '你会说英语吗',
  'do you speak Chinese',
  '哈哈哈哈',
  '😂😂',
  '👍👍',
  '好的谢谢🙏',
  '辛苦了',
  '你好，我想咨询一下',
  'hello, I have a question',
  '能问个问题吗',
  'can you help me with something',

  // general / asking for a person, not urgent
  '转人工',
  '人工',
  '人工客服',
  '转人工服务',
  '我要找真人客服',
  '能不能让真人跟我说话',
  '麻烦帮我转一下人工，谢谢',
  '机器人听不懂，换个人吧',
  'agent',
  'talk to an agent',
  'human please',
  'can I speak to a real person',
  "I'd like to talk to someone when you have a minute",
  'representative',
  'is there a phone number I can call',
  '找客服',
  '有人工吗？不急，什么时候有人都行',

  // general / mild impatience
  '怎么还没好啊',
  '还要等多久',
  '怎么这么慢',
  '到底什么时候好啊',
  '等了好久了',
  'still waiting',
  'any update?',
  "it's been a few days, just checking in",
  'hello? anyone there',
  '能快点吗',

  // general / negated alarms and not urgent
  '不急，就是问问',
  '我没有被骗，就是问问',
  '不是投诉，只是提个建议',
  '不是紧急的事情，有空回我就行',
  '没出什么事，就是想了解一下',
  'not urgent, just asking',
  'no emergency, just a quick question',
  "I'm not complaining, just curious",
  "nothing's wrong, I just want to understand how it works",
  'not a complaint, just a suggestion for the app',
  '不用着急，明天回复也行',
  '我不是要投诉，就是想反馈一下',

  // general / out of scope
  '你们招人吗',
  '公司地址在哪',
  '你们有没有公众号',
  '怎么加盟',
  '可以合作吗',
  '你们老板是谁',
  '1+1等于几',
  '帮我写一首诗',
  '推荐一部电影',
  '明天会下雨吗',
  'are you hiring',
  "where's your head office",
  'can you recommend a restaurant nearby',
  "what's the capital of Australia",
  'write me a poem about cats',
  'who won the game last night',
  'how do I become a partner',
  'do you have an app',
  'what languages do you support',

  // general / feedback and small complaints
  '你们的app字太小了',
  '页面有点乱，找不到入口',
  '建议加个夜间模式',
  '客服回复挺快的，点赞',
  '上次的问题解决了，谢谢',
  '有一点小问题，不知道算不算bug',
  'the app is a bit confusing to navigate',
  'love the new design',
  'small thing, the button text is cut off on my phone',
  'just wanted to say the last agent was really helpful',

  // general / fragments and typos
  '？？',
  '嗯？',
  '呃呃',
  '在不在',
  '在嘛',
  'wat',
  'hm',
  'ok',
  '请问',
  '那个',
  '咨询下',
  'ni hao',
  'helo',
  'plz help with my acount',
  '怎么弄啊这个',
  '看不懂',
  '没懂',
  '什么意思',

  // pets and vet clinics / pet care questions
  '宠物寄养怎么收费',
  '猫咪疫苗要打几针',
  '狗狗绝育最好几个月',
  '宠物医院周末开吗',
  '洗澡美容要预约吗',
  '可以上门喂猫吗',
  '猫粮怎么选',
  '狗狗掉毛严重是正常的吗',
  '驱虫多久一次',
  '带宠物坐飞机需要什么手续',
  '宠物保险值得买吗',
  '狗狗有点不爱吃饭，观察几天还是去医院？',
  '寄养可以视频看吗',
  '我家猫今天打喷嚏了几次，要紧吗，精神挺好的',
  '怎么给狗剪指甲',
  '宠物身份证怎么办',
  '如果狗狗误食巧克力应该怎么办？先问问以防万一',
  '寵物可以帶進店裡嗎',
  'how much is boarding per night',
  'what vaccines does a kitten need',
  'do you do home visits',
  'when should I spay my dog',
  'is grooming by appointment only',
  'my dog has been scratching a lot this week, should I book a check up',
  'how often should I deworm my cat',
  'can I bring my own food for boarding',
  'what should I do if my dog eats something toxic? asking in case',
  'do you have a webcam at the daycare',
  'Can I book a nail trim only',

  // travel agencies and tours / tour questions
  '跟团游包含什么',
  '签证可以帮忙办吗',
  '有没有亲子游',
  '行程可以调整吗',
  '取消行程怎么退款',
  '老人可以参加吗',
  '自由行和跟团哪个划算',
  '需要买旅游保险吗',
  '导游说中文吗',
  '集合时间几点',
  '行李有限制吗',
  '单人出行有没有单房差',
  '团费能开旅游发票吗',
  '海岛游几月最好',
  '境外遇到问题应该联系谁？出发前先问问',
  '想定制一个五天的云南行程',
  '團費可以刷卡嗎',
  "what's included in the package",
  'can you help with the visa',
  'is the tour suitable for kids',
  "what's the cancellation policy",
  'Do I need travel insurance',
  'what time is pickup from the hotel',
  'Can we add an extra night in Rome',
  'is there a single supplement',
  'how big are the groups usually',
  'Is there a vegetarian option on the included meals',

  // moving and home services / booking home services
  '搬家怎么收费',
  '可以周末搬吗',
  '需要提前几天预约',
  '有没有打包服务',
  '钢琴能搬吗',
  '家政按小时收费吗',
  '保洁需要自带工具吗',
  '开锁要带什么证明',
  '空调能一起拆装吗',
  '阿姨可以长期请吗',
  '装修报价怎么算',
  '保洁做得有点马虎，下次注意一下就好',
  '搬家的时候东西坏了怎么赔？先了解下',
  'how much does a two bedroom move cost',
  'do you provide boxes',
  'can I book a cleaner for every Friday',
  'are your movers insured',
  'Can you move a piano',
  'how far in advance should I book',
  'what if something gets damaged during the move? just asking',
  'Do cleaners bring their own supplies',
  'the cleaner missed the windows, not a big deal, just mentioning',
  'Can I get a quote for painting two rooms',

  // social media and messaging apps / app questions
  '怎么修改密码',
  '怎么开启双重验证',
  '账号被封了怎么申诉，流程是什么',
  '不想用了，账号能彻底删掉吗',
  '聊天记录怎么备份',
  '怎么隐藏朋友圈',
  '如何举报骚扰的人',
  '怎么拉黑一个人',
  '换手机了怎么迁移聊天记录',
  '怎么取消关注',
  '遇到网络诈骗应该怎么举报？我没被骗，帮朋友问',
  '怎么设置隐私权限',
  'how do I change my username',
  'how do I report a fake account',
  'How do I recover my account if I forget my password',
  'how do I make my profile private',
  'How can I back up my chats',
  'How do I block someone',
  'my notifications are a bit delayed lately',
  'what should I do if someone is impersonating me? just want to know',

  // online shopping / long and mixed
  '你好，想问一下，我上周买的那个空气炸锅，用着挺好的，就是说明书上写的温度跟app上显示的好像不太一样，是我看错了还是有两个版本啊，不急，有空回复就行，谢谢～',
  '请问618活动的满减和店铺券可以叠加吗',
  '下单的时候忘记填发票抬头了 现在还能补吗',
  '这个sku有没有黑色的',
  '我想退货，已经填了单号，麻烦帮我看下进度😊',
  '包裹到了，少了个赠品的袋子，不是什么大事哈',
  "Hi! Bought a blender last week, works great, just wondering if the jar is dishwasher safe, couldn't find it in the manual",

  // parcels and couriers / long and mixed
  '快递显示在派送中已经一整天了，还没来，是不是今天送不了了，没关系明天也可以，就是想确认一下要不要在家等',
  '寄件的时候能不能用顺丰到付？收件人在外地',
  '請問寄到台灣要多久',
  '我的件好像在中转站停了两天了，正常吗？不着急',

  // airlines / long and mixed
  '我下个月去东京，想问一下经济舱可以托运几件行李，每件多重，还有如果超重了是按公斤算还是按件算，另外婴儿推车算不算在里面，谢谢！',
  '航班号CA９８１今天准点吗',
  'online check in一直提示失败，是系统问题吗',

  // hotels / long and mixed
  '你好～我们下周五入住两晚，有一个小朋友三岁，想问下需要加床吗，早餐是不是儿童免费，还有能不能帮忙安排一个安静一点的高楼层房间，谢谢啦',
  '房間的吹風機有點不夠熱，可以換一台嗎',

  // banking and cards / long and mixed
  '你好，我想问一下，我下个月要去日本旅游两个星期，信用卡在那边能直接刷吗，需要提前开通什么境外功能吗，取现的话手续费是多少，还有如果在国外卡丢了要怎么处理，先谢谢了',
  '请问ATM存款的限额是多少',
  '卡上的年费能不能减免，我一年刷了三十多次',
  '我想办一张visa卡出国用',

  // payments and wallets / long and mixed
  '想问下扫码付款的时候提示“风险交易”是怎么回事，我没有被骗哈，就是付个房租被拦了一下',
  '零钱提现有免费额度吗',

  // insurance / long and mixed
  '我想给我爸妈买一份保险，他们一个六十二一个五十九，有高血压，想问问这种情况还能买什么，医疗险和意外险哪个更实在一点，保费大概多少，不急，慢慢说',
  '理赔款到账了，谢谢你们的帮助',
  '请问车险的不计免赔还有吗',

  // ride-hailing / long and mixed
  '请问机场接送可以提前一天约吗，航班是晚上十点落地的，可能会晚点，司机会等吗，超时收不收费',
  '打车的发票能合并开吗',

  // food delivery / long and mixed
  '请问你们平台有没有那种公司订餐的月结服务，我们大概三十个人每天中午订，需要开专票，可以找人对接一下吗',
  '外卖到了，就是饮料有点撒了，下次包装紧一点哈',

  // telecom and broadband / long and mixed
  '想问问我这个套餐明明是100G流量为什么这个月才用了60G就提示快用完了，是不是有什么定向流量不算在里面，麻烦帮我看一下，谢谢',
  '宽带到期了，续费有没有优惠活动',

  // utilities (power, gas, water) / long and mixed
  '你好，我刚搬进新房子，想开通燃气，不知道需要带什么材料去营业厅，房产证复印件可以吗，还是要原件，另外开通以后多久能来装表',
  '电费可以用信用卡交吗',

  // property management / long and mixed
  '想问一下我们小区的充电桩怎么申请，我家车位在负二层，需要业委会签字吗，物业这边要交什么材料，电表是单独装还是走公摊',
  '小区的快递柜满了，能不能多放几个',

  // healthcare appointments / long and mixed
  '你好，我想给我妈约一个心内科的专家号，她七十多了不太会用手机，能不能我替她预约，需要她本人的身份证吗，到时候我陪她去就诊可以吗',
  '体检报告上有个指标偏高，需要挂什么科复查',

  // software and SaaS accounts / long and mixed
  '你好，我们团队现在用的是基础版，想升级到企业版，想了解一下价格、数据迁移要多久、会不会影响正在用的功能，还有能不能先试用两周，方便的话请销售联系我',
  'Hi, quick question: is there a way to bulk-import users from a CSV, or do I have to add them one by one? Not urgent',

  // games / long and mixed
  '想问一下新版本更新以后我的存档好像没了，不过我看了下好像换设备登陆就在，是同步的问题吗？不着急哈',
  '抽卡保底机制是怎么算的',

  // streaming subscriptions / long and mixed
  '请问你们的会员在电视、手机和电脑上能同时用吗，我家有四口人，想买一个家庭套餐，不知道哪种最合适，能帮我推荐一下吗',
  '这部剧的第二季什么时候上线呀',

  // car rental and car services / long and mixed
  '我下个月去新西兰自驾十天，想租一辆七座车，需要国际驾照吗，还是驾照翻译件就行，保险是选全险还是基本险比较好，还车的时候如果有小划痕怎么算',
  '车的保养手册丢了，能补一份吗',

  // real estate and rentals / long and mixed
  '你好，我在找市中心附近的一室一厅，预算四千左右，希望离地铁十分钟以内，可以养一只小猫，最好是一年起租，有合适的房源可以推荐一下吗',
  '租期快到了，想问一下续租房租会涨吗',

  // trains / more
  'can I bring my scooter on board if it folds',
  'im on the 8:15, is it running late today',
  '有没有从北京到西安的夜车',

  // education and online courses / more
  'can I pause my course for a month? going on holiday',
  'is there a way to get the slides from lecture 4',
  'hey, the quiz says I got Q3 wrong but I think the answer key is off? no biggie',
  '孩子想报编程课，几岁开始合适',

  // pharmacies / more
  'Do you sell pregnancy tests',
  'how do I know if my insurance covers this med',
  'is it ok to cut these tablets in half',
  '有没有儿童退烧贴',

  // government services / more
  'how do I change my name on my passport after marriage',
  'can I pay my parking fine online',
  "what's the status of my permit application? submitted 2 weeks ago, no rush",
  'how do I get a certified copy of my marriage certificate',

  // appliances and repairs / more
  "what's the difference between the two models",
  'does the washer have a quick wash setting',
  'How loud is this dishwasher',
  'the fridge makes a humming noise at night, is that normal?',

  // fitness clubs / more
  'can I switch to the off-peak plan',
  'is the 6am spin class full?',
  'do you have a sauna',
  'got a question about guest passes',

  // ticketing / more
  'can I upgrade my seats',
  'is there an age limit for the concert',
  'will there be merch at the venue',
  'Can you resend the confirmation email, I deleted it by accident',

  // games / more
  'is the DLC included in the season pass',
  'how do I turn off voice chat for my kid',

  // pets and vet clinics / more
  'does my dog need a rabies shot to board',
  'what food do you recommend for an older cat',

  // social media and messaging apps / more
  'how do I turn off read receipts',
  'can I schedule a post',

  // hotels / more
  'is there a kettle in the room',
  'do you have rooms with two queen beds',

  // airlines / more
  'can I bring a folding wheelchair',
  'how much is extra legroom',

  // online shopping / more
  '你们家的衣服起球吗',
  '能不能帮我催一下发货呀，着急送人，下周三之前能到就行',

  // parcels and couriers / more
  '帮我查一下这个单号 YT８８７６５４３２１ 到哪了',
  '快递柜的取件码忘了，怎么查',

  // insurance / more
  '保险合同丢了能补吗',
  '孩子的学平险怎么买',

  // telecom and broadband / more
  '副卡的流量能共享吗',
  '光猫要还吗，我退宽带了',

  // utilities (power, gas, water) / more
  '燃气表换电池怎么弄',
  '停水了，什么时候恢复？群里说是管道维修',

  // property management / more
  '装修垃圾放哪里',
  '小区能装监控在自己家门口吗',

  // healthcare appointments / more
  '核酸/抽血的报告多久出来',
  '牙科可以刷医保吗',

  // payments and wallets / more
  '收款码能不能设置成不显示全名',
  '红包退回来了但是零钱里没有，一般多久',

  // moving and home services / more
  '搬家公司能帮忙拆床吗',
  '保洁阿姨下周能换个时间吗',

  // travel agencies and tours / more
  '团里有老人，行程会不会太赶',
  '可以单独加一个一日游吗',

  // real estate and rentals / more
  '房子的采光怎么样，能发个视频吗',
  '可以签两年的合同吗',

  // car rental and car services / more
  '代驾费怎么算',
  '洗车加打蜡多少钱',

  // streaming subscriptions / more
  '会员可以转赠给朋友吗',
  '能不能关掉片头广告',

  // software and SaaS accounts / more
  '能不能开个测试账号',
  '接口文档在哪',

  // fitness clubs / more
  '有没有女生专区',
  '团课取消了会通知吗',

  // ticketing / more
  '演唱会可以带荧光棒吗',
  '电子票截图能入场吗',

  // government services / more
  '社保断缴了怎么补',
  '新办的身份证多久能拿到',

  // appliances and repairs / more
  '油烟机多久清洗一次',
  '空调加氟多少钱',

  // education and online courses / more
  '家长会是线上还是线下',
  '能不能换个老师，不是投诉，就是觉得节奏不适合孩子',

  // banking and cards / more
  '信用卡逾期一天有影响吗？没逾期，问问',
  '外籍人士能开户吗',

  // payments and wallets / more
  'can I split a bill with friends in the app',

  // online shopping / more
  '可以帮我看看这两个型号有什么区别吗',

  // food delivery / more
  '能不能备注放门卫那，不用上楼',

  // airlines / more
  '行李延误了一天，晚上能送到酒店吗？不急',

  // hotels / more
  'Can I request a crib for the room',

  // healthcare appointments / more
  '专家号没抢到，还有什么办法吗',

  // telecom and broadband / more
  '国外能收到验证码吗',

  // utilities (power, gas, water) / more
  'is tap water safe to drink after the pipe repairs? just checking',

  // games / more
  '游戏里的语音怎么关',

  // ride-hailing / more
  '可以预约带婴儿座椅的车吗',

  // ticketing / more
  '演出当天可以改名吗',

  // real estate and rentals / more
  '看房需要付费吗',

  // insurance / more
  'does my policy cover a rental car abroad',

  // property management / more
  'can I get a spare fob for my cleaner',

  // pharmacies / more
  '这个药能不能用医保个人账户买',

  // fitness clubs / more
  '私教可以上门吗',

  // software and SaaS accounts / more
  'SSO配置完以后还能用密码登录吗',

  // streaming subscriptions / more
  'why is the picture quality lower on my phone',

  // government services / more
  '护照加急需要多少天',

  // car rental and car services / more
  'the rental has a small chip on the windscreen, do I need to report it',

  // appliances and repairs / more
  '净水器滤芯多久换一次',

  // education and online courses / more
  '课程的录播什么时候上传',

  // parcels and couriers / more
  'can I buy packaging at the post office counter',

  // pets and vet clinics / more
  '狗狗体检一般查什么',

  // travel agencies and tours / more
  '多少人成团',

  // moving and home services / more
  '开锁一般多少钱',

  // social media and messaging apps / more
  '群聊人数上限多少',
];
