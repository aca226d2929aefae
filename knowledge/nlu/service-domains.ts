/**
 * Interchangeable phrasings of the customer-service domains `SERVICE_SYNONYMS` leaves out (it covers
 * shops, travel and accounts), Chinese first, then English: telecom and broadband, banking, cards
 * and payments, insurance, utilities, couriers, healthcare appointments, education, public
 * services, software accounts and subscriptions, food delivery, property management and car
 * services. They join the service synonyms, so the same rules hold: small conservative groups, the
 * longer phrase first, no phrase in two groups, and none so short that it sits inside unrelated
 * words (网 is in 网站, 卡 in 卡住, 续费 in 手续费). Groups hold the colloquial forms customers
 * type for what editors write formally (交钱 for 缴费, 家里的网 for 宽带), common slips (消户 for
 * 销户, 冲值 for 充值); traditional characters are folded before matching
 * (traditional-chinese.ts), so only simplified forms are listed.
 */
export const DOMAIN_SYNONYMS: readonly (readonly string[])[] = [
  // Telecom and broadband.
  ['家庭宽带', '家里的网', '家里网络', '宽带', '宽频'],
  ['网速很慢', '网络很卡', '网络卡顿', '上网很卡', '网速慢', '网很慢'],
  ['网络连不上', '连不上网', '上不了网', '宽带坏了', '网断了', '网坏了', '没网了', '断网'],
  ['没有信号', '信号不好', '信号很差', '收讯不好', '没信号', '信号差', '信号弱', '无信号'],
  ['电话费', '手机费', '话费'],
  ['话费还剩多少', '还剩多少话费', '剩多少话费', '话费余额'],
  ['流量还剩多少', '还剩多少流量', '剩余流量', '流量余额'],
  ['宽带提速', '宽带升级', '升级宽带', '提升网速', '加快网速'],
  ['服务密码', '客服密码'],
  ['手机卡', '电话卡', 'sim卡'],
  ['携号转网', '转运营商', '换运营商', '转网'],
  ['加入黑名单', '拉黑', '拦截', '屏蔽'],
  ['骚扰电话', '骚扰来电', '推销电话', '广告电话', '垃圾电话'],
  ['垃圾短信', '骚扰短信', '广告短信'],
  ['停机保号', '保号停机'],
  ['光猫', '调制解调器'],
  ['无线路由器', '路由器'],
  ['营业厅', '营业网点'],
  ['补办手机卡', '补办电话卡', '补卡'],
  ['变更套餐', '更换套餐', '换套餐', '改套餐'],
  ['通话详单', '通话记录', '话单'],
  ['流量详单', '流量明细', '上网记录', '上网详单'],
  ['呼叫转移', '来电转接', '电话转接'],
  ['恢复通话', '复机'],
  ['机顶盒', '电视盒子'],
  ['副卡', '附属卡'],
  ['彩铃', '炫铃'],
  ['电话打不出去', '打不出电话', '打不了电话', '无法拨打', '打不出去'],
  ['电话打不进来', '接不到电话', '打不进来'],
  ['接收不到短信', '收不到短信', '短信收不到'],
  ['安装宽带', '开通宽带', '宽带装机', '装宽带', '办宽带'],
  ['注销宽带', '取消宽带', '退宽带', '拆机'],
  ['无线网密码', 'wifi密码', '无线密码'],
  ['维修师傅', '维修人员', '维修工'],
  // Paying a bill: 缴费 and 交费 are one word to customers, 充值 (often typed 冲值) its prepaid form.
  ['缴费', '交费', '充值', '冲值', '充钱', '交钱'],
  ['缴纳', '交纳'],
  // Closing an account or number (消户 and 注消 are common slips).
  ['注销', '注消', '销户', '消户', '销号'],
  // Banking, cards and payments.
  ['转账', '汇款', '转钱', '打钱'],
  ['还款', '还钱'],
  ['提高额度', '提升额度', '调高额度', '涨额度', '提额'],
  ['借记卡', '储蓄卡'],
  ['取款', '取钱'],
  ['自动取款机', 'atm机', '取款机'],
  ['网上银行', '网银'],
  ['手机银行', '银行app'],
  ['贷款', '借款', '借钱'],
  ['提现', '提款'],
  ['扣费', '扣款', '扣钱'],
  ['自动续费', '自动扣费', '自动扣款', '连续包月'],
  ['交易记录', '交易明细', '消费记录', '银行流水'],
  ['到账', '入账'],
  ['余额', '还剩多少钱', '还有多少钱', '剩多少钱'],
  ['信用卡激活', '激活信用卡', '开卡'],
  ['跨行转账', '转到别的银行', '转给别的银行', '转到其他银行', '转他行'],
  ['转账限额', '最多能转多少', '转账上限', '一天能转多少'],
  ['临时额度', '临时提额', '临额'],
  ['提前支取', '提前取出', '提前取钱', '没到期取', '提前取'],
  ['动账通知', '动账提醒', '到账提醒', '交易提醒', '扣款提醒'],
  ['u盾', 'u顿', 'ukey', 'usbkey'],
  ['免费', '不收费', '不收钱', '不要钱', '不花钱'],
  // Insurance.
  ['理赔', '索赔', '赔付'],
  ['保险单', '保单'],
  ['解除保险合同', '取消保险', '退保'],
  ['保险费', '保费'],
  ['购买保险', '买保险', '投保'],
  ['犹豫期', '冷静期'],
  ['发生事故', '出事故', '出险'],
  // Utilities.
  ['天然气', '燃气', '煤气'],
  ['停电', '断电'],
  ['停水', '断水'],
  ['电能表', '电表'],
  ['抄表', '读表'],
  ['申请维修', '报修'],
  ['维修', '修理'],
  // Ride-hailing and car rental.
  ['过路费', '高速费', '路桥费', '过桥费'],
  ['预估价', '预估价格', '估价', '大概要多少钱', '大概多少钱'],
  ['评价', '评介', '评分', '打分'],
  ['绕路', '绕远路', '绕远', '故意绕'],
  // Couriers.
  ['寄快递', '发快递', '寄包裹', '寄东西', '寄件'],
  ['上门取件', '上门揽收', '上门收件', '预约取件'],
  ['快递单号', '物流单号', '运单号'],
  ['快递小哥', '快递员', '派件员', '送货员'],
  ['拒绝签收', '拒收'],
  // Healthcare appointments.
  ['预约挂号', '挂号'],
  ['取消挂号', '退号'],
  ['医生', '大夫', '医师'],
  ['看医生', '看病', '就诊', '就医'],
  ['体检', '健康检查'],
  ['医疗保险', '医保'],
  ['检查结果', '检查报告', '化验结果', '化验单', '检验报告'],
  ['复诊', '复查'],
  ['出诊时间', '坐诊时间', '门诊时间'],
  ['就诊卡', '诊疗卡', '就医卡'],
  // Education and courses.
  ['在线课程', '线上课程', '网络课程', '网课'],
  ['课程表', '课表'],
  ['取消课程', '退课'],
  ['报名', '报班'],
  ['老师', '讲师', '教师'],
  ['试听课', '体验课'],
  ['回放', '录播'],
  ['补考', '重考'],
  ['考试成绩', '考试分数', '考试结果'],
  // Public services.
  ['社会保险', '社保'],
  ['住房公积金', '公积金'],
  ['户口', '户籍'],
  ['居住证', '暂住证'],
  ['网上办理', '线上办理', '在线办理', '网上办'],
  // Software accounts and subscriptions.
  ['开通会员', '购买会员', '办会员', '买会员', '充会员'],
  ['取消订阅', '退订'],
  ['关闭自动续费', '取消自动续费', '取消连续包月'],
  ['免费试用', '试用'],
  ['解除绑定', '取消绑定', '解绑'],
  ['更换绑定', '换绑', '改绑'],
  ['两步验证', '二次验证', '双重验证'],
  ['实名认证', '身份认证'],
  ['手机客户端', '手机app', '客户端'],
  ['网页版', '网页端'],
  ['电脑版', '电脑端'],
  // Food delivery.
  ['点外卖', '订外卖', '叫外卖'],
  ['外卖小哥', '外卖员', '送餐员', '骑手'],
  ['餐品', '菜品', '饭菜'],
  ['漏送', '少送'],
  ['洒了', '撒了'],
  ['商家', '店家', '商户'],
  // Property management.
  ['物业管理处', '物业服务中心', '物业公司', '物业中心', '管理处'],
  ['门禁卡', '门卡'],
  ['停车位', '车位'],
  ['装修', '装潢'],
  ['噪音', '噪声'],
  ['漏水', '渗水'],
  ['业主', '房主'],
  ['租户', '租客', '房客'],
  ['房租', '租金'],
  ['押金', '保证金'],
  // Car services.
  ['车辆保养', '汽车保养', '保养'],
  ['车辆', '爱车', '车子'],
  ['年检', '年审', '车检'],
  ['驾驶证', '驾照'],
  ['行驶证', '行车证'],
  ['汽车保险', '车辆保险', '车险'],
  ['充电桩', '充电站'],
  // English: telecom and broadband.
  ['home internet', 'broadband'],
  ['wi fi', 'wifi'],
  ['no signal', 'no service', 'no bars', 'bad reception', 'poor reception', 'weak signal', 'poor signal'],
  [
    'internet is down',
    'internet is out',
    'internet not working',
    "internet doesn't work",
    'no internet',
    'internet outage',
  ],
  ['slow internet', 'internet is slow', 'slow connection', 'slow speeds'],
  ['sim card', 'sim'],
  ['cell phone bill', 'phone bill', 'mobile bill'],
  ['mobile plan', 'phone plan', 'cell plan', 'cellular plan'],
  ['mobile data', 'cellular data'],
  ['top up', 'recharge', 'add credit'],
  ['international roaming', 'roaming'],
  ['port my number', 'transfer my number', 'keep my number'],
  ["can't make calls", 'cannot make calls', 'calls not going through', "calls won't go through"],
  ["can't receive texts", 'not receiving texts', 'not getting texts', "texts aren't coming through"],
  ['spam calls', 'robocalls', 'unwanted calls', 'nuisance calls', 'telemarketing calls'],
  ['voicemail', 'voice mail'],
  ['router', 'modem'],
  ['outage', 'service interruption', 'service disruption'],
  ['technician', 'installer', 'engineer'],
  // Banking, cards and payments.
  ['lost my card', 'lost card', 'card was stolen', 'stolen card'],
  ['freeze my card', 'lock my card', 'block my card', 'freeze card', 'lock card', 'pause my card'],
  ['overdraft', 'overdrawn', 'go into minus', 'going below zero', 'go below zero', 'negative balance'],
  ['contactless', 'tap to pay', 'tap payment', 'tap my card', 'tapping my card'],
  ['credit card', 'cc'],
  ['arrive', 'turn up', 'show up', 'be delivered', 'get here'],
  ['transfer money', 'send money', 'wire money', 'move money'],
  ['atm', 'cash machine', 'cashpoint'],
  ['pin number', 'pin code', 'pin'],
  ['bank statement', 'account statement'],
  ['automatic payment', 'direct debit', 'autopay', 'auto pay'],
  ['charged twice', 'double charged', 'duplicate charge', 'charged two times'],
  ['unauthorized charge', 'unauthorised charge', 'fraudulent charge', 'unknown charge'],
  ['payment declined', 'payment failed', 'card declined', 'card was declined', "payment didn't go through"],
  ['credit limit', 'spending limit'],
  // Insurance.
  ['file a claim', 'make a claim', 'submit a claim', 'open a claim'],
  ['cancel my policy', 'cancel my insurance', 'end my policy'],
  // Utilities.
  ['power outage', 'power cut', 'blackout', 'no power', 'power is out', 'no electricity'],
  ['electricity bill', 'electric bill', 'power bill', 'energy bill'],
  ['meter reading', 'read my meter', 'meter read'],
  ['gas leak', 'smell gas', 'smell of gas'],
  ['no water', 'water is off', 'water outage', 'no running water'],
  ['moving house', 'moving home', 'relocating'],
  // Couriers.
  ['tracking number', 'tracking code', 'tracking id', 'waybill number'],
  ['schedule a pickup', 'book a pickup', 'arrange a pickup', 'request a pickup'],
  ['send a package', 'ship a package', 'send a parcel', 'mail a package'],
  ['delivery driver', 'delivery person', 'delivery guy', 'rider', 'dasher'],
  // Healthcare appointments.
  ['book an appointment', 'make an appointment', 'schedule an appointment', 'set up an appointment'],
  ['reschedule my appointment', 'move my appointment', 'change my appointment'],
  ['doctor', 'physician', 'gp'],
  ['refill my prescription', 'renew my prescription', 'prescription refill'],
  ['blood test results', 'test results', 'lab results'],
  ['medical records', 'health records'],
  ['health insurance', 'medical insurance'],
  // Education and courses.
  ['enroll', 'enrol'],
  ['enrollment', 'enrolment'],
  ['tuition fees', 'tuition fee', 'course fee', 'tuition'],
  ['teacher', 'instructor', 'tutor', 'lecturer'],
  ['exam results', 'test scores', 'grades'],
  ['drop a course', 'drop a class', 'withdraw from a course'],
  ['completion certificate', 'certificate of completion'],
  // Public services.
  ['id card', 'identity card', 'national id'],
  ['driving licence', 'driving license', "driver's license", "driver's licence", 'drivers license'],
  ['application status', 'status of my application'],
  ['paperwork', 'documents'],
  // Software accounts and subscriptions.
  ['cancel my subscription', 'end my subscription', 'stop my subscription'],
  ['automatic renewal', 'auto renewal', 'autorenewal'],
  ['upgrade my plan', 'upgrade my subscription'],
  ['free trial', 'trial period', 'trial'],
  ['two factor authentication', 'two step verification', 'multi factor authentication', 'mfa'],
  [
    'locked out of my account',
    "can't access my account",
    'cannot access my account',
    "can't get into my account",
    'account is locked',
    'account locked',
  ],
  [
    'delete my account',
    'close my account',
    'remove my account',
    'shut my account',
    'cancel my account',
    'close my acct',
  ],
  ['mobile app', 'phone app'],
  // Food delivery.
  ['food was cold', 'food arrived cold', 'cold food'],
  ['spilled', 'spilt'],
  // Property management.
  ['property management', 'property manager', 'building management', 'management office'],
  ['maintenance request', 'repair request', 'work order'],
  ['security deposit', 'damage deposit', 'rental deposit'],
  ['parking space', 'parking spot', 'parking bay'],
  ['key fob', 'access card', 'key card', 'fob'],
  ['noisy neighbours', 'noisy neighbors', 'loud neighbours', 'loud neighbors'],
  ['water is leaking', 'leaking water', 'water leak'],
  ['tenancy agreement', 'rental agreement', 'rental contract', 'lease'],
  ['tenant', 'renter'],
  // Car services.
  ['vehicle', 'car'],
  ['car maintenance', 'car service', 'servicing'],
  ['roadside assistance', 'breakdown assistance', 'breakdown cover'],
  ['flat tire', 'flat tyre', 'puncture'],
  ['car rental', 'rental car', 'car hire', 'hire car'],
  ["won't start", 'wont start', "doesn't start", 'will not start'],
];

/**
 * Categories of the same domains for the concept lexicon: words that point to the same kind of
 * question without meaning the same thing (停水 is not 停电, a lost card is not a stolen phone).
 * Never swapped into a text, like `SERVICE_CATEGORIES`, so a category may be long.
 */
export const DOMAIN_CATEGORIES: readonly (readonly string[])[] = [
  // Telecom: running out of credit and being cut off.
  ['欠费', '停机', '余额不足', '没话费', '话费用完', '被停机', '欠款', '催缴', '逾期'],
  ['out of credit', 'no credit', 'suspended', 'disconnected', 'cut off', 'overdue', 'unpaid'],
  // Running out of mobile data.
  ['流量用完', '流量不够', '流量超了', '超出流量', '超流量', '限速', '套餐外', '超出套餐'],
  ['out of data', 'used all my data', 'data ran out', 'over my data limit', 'throttled'],
  // Lights of a modem or router that tell what is wrong.
  ['指示灯', 'los灯', '亮红灯', '闪红灯', '红灯闪', '光信号'],
  ['red light', 'blinking light', 'flashing light', 'los light', 'lights on the router'],
  // Moving home: broadband, utilities and post follow the customer.
  ['搬家', '移机', '搬新家', '新住址', '迁址'],
  ['moving', 'move house', 'moved', 'new address', 'relocate'],
  // Telecom plans and what they include.
  ['套餐', '资费', '流量', '月租', '包月', '合约', '通话时长', '流量包', '5g套餐', '4g套餐'],
  ['data plan', 'data allowance', 'unlimited data', 'call minutes', 'talk time', 'gb', '5g', '4g'],
  // Using a phone abroad.
  ['漫游', '国际漫游', '出国', '境外使用', '国外用'],
  ['roaming', 'travelling', 'traveling', 'use my phone abroad'],
  // Lost or stolen (cards, phones, parcels).
  ['挂失', '丢了', '丢失', '被偷', '遗失', '弄丢', '找不到了', '不见了', '丢件'],
  ['lost', 'stolen', 'missing card'],
  // Frozen, locked, suspended accounts and cards.
  ['冻结', '被锁', '锁定', '封号', '封禁', '被限制', '限制交易', '止付'],
  ['frozen', 'locked', 'blocked', 'suspended account', 'restricted', 'banned'],
  // Fees charged by a provider.
  ['手续费', '服务费', '管理费', '年费', '滞纳金', '违约金', '利息'],
  [
    'late fee',
    'annual fee',
    'service charge',
    'surcharge',
    'admin fee',
    'processing fee',
    'penalty',
    'interest',
  ],
  // Refunds: 退费 as well as 退款.
  ['退费', '退款', '退钱', '退学费', '退押金'],
  // Utility bills.
  ['水费', '电费', '燃气费', '煤气费', '物业费', '暖气费', '取暖费', '有线电视费'],
  ['water bill', 'gas bill', 'electricity bill', 'utility bill', 'heating bill', 'utilities'],
  // Foreign currency: the currencies customers name instead of saying 外汇.
  [
    '外汇',
    '外币',
    '购汇',
    '换汇',
    '结汇',
    '美元',
    '美金',
    '欧元',
    '日元',
    '港币',
    '英镑',
    '泰铢',
    '韩元',
    '澳元',
  ],
  ['foreign currency', 'currency exchange', 'exchange rate', 'dollars', 'euros', 'pounds', 'yen'],
  // Card networks customers name when asking about paying abroad.
  ['visa', 'mastercard', '万事达', '银联', 'jcb', '美国运通', '运通'],
  // Opening hours said as whether someone is at work.
  ['营业时间', '上班', '开门', '几点开', '关门', '下班', '营业'],
  // Value for money: what customers weigh when asking which plan or product to choose.
  ['性价比', '划算', '实惠', '省钱', '最便宜', '便宜点'],
  ['good value', 'best value', 'cheapest', 'cheaper option', 'save money'],
  // SIM card sizes and kinds.
  ['nano卡', 'micro卡', '大卡', '小卡', '剪卡', 'esim', '实体卡'],
  ['nano sim', 'micro sim', 'esim', 'sim size', 'physical sim'],
  // Ride sharing: one car, several riders going the same way.
  ['拼车', '拼单', '顺路', '合乘', '顺风车'],
  ['carpool', 'ride share', 'shared ride', 'pool'],
  // Going in person.
  ['营业厅', '网点', '柜台', '柜面', '线下办理', '现场办理', '本人到场', '办事大厅', '服务大厅', '窗口办理'],
  ['in person', 'branch', 'walk in', 'counter'],
  // Papers to bring.
  ['材料', '资料', '证件', '证明', '复印件', '原件'],
  ['documents', 'photo id', 'proof of address', 'proof of identity'],
  // Progress of an application.
  ['进度', '审核', '审批', '受理', '办结', '结果出来', '办好了吗', '批下来'],
  ['approved', 'approval', 'under review', 'being reviewed'],
  // Complaints.
  ['投诉', '举报', '申诉', '反映', '不满意', '差评', '提意见', '态度差', '态度很差', '态度不好'],
  ['complaint', 'complain', 'escalate', 'not satisfied', 'unhappy'],
  // Appointments and bookings of a visit.
  ['预约', '挂号', '约时间', '排队', '号源', '改约'],
  ['appointment', 'appointments', 'slot', 'slots', 'time slot'],
  // Software that stops working (besides devices, in the shop categories).
  ['闪退', '崩溃', '打不开', '卡死', '白屏', '黑屏', '加载不出来', '报错', '出错', '转圈'],
  ['crash', 'crashes', 'crashing', 'keeps crashing', 'freezes', 'error', 'bug', "won't load", 'wont load'],
  // Being late.
  ['超时', '延误', '延迟', '晚点', '迟到', '送晚了', '晚到', '等了很久', '等太久'],
  ['late', 'delayed', 'delay', 'running late', 'taking too long'],
  // Discounts of delivery apps.
  ['红包', '满减', '津贴', '神券', '立减'],
  // Medical departments and visits.
  ['门诊', '急诊', '住院', '专家号', '科室', '专家门诊'],
  ['clinic', 'hospital', 'emergency room', 'specialist', 'outpatient', 'inpatient'],
  // Certificates and transcripts.
  ['证书', '结业证', '毕业证', '学位证', '成绩单', '学历证明'],
  ['diploma', 'transcript', 'degree certificate', 'credential', 'certification'],
  // Traffic offences.
  ['违章', '违停', '罚单', '扣分', '交通违法', '超速', '闯红灯'],
  ['traffic ticket', 'parking ticket', 'speeding ticket', 'points on my license', 'violation', 'fined'],
  // Cars that break down on the road.
  ['道路救援', '救援', '拖车', '搭电', '换胎', '抛锚', '趴窝', '打不着火', '爆胎'],
  [
    'roadside',
    'towing',
    'tow truck',
    'jump start',
    'broken down',
    'broke down',
    'flat battery',
    'dead battery',
  ],
  // Home repairs in a managed building.
  ['漏水', '渗水', '堵了', '下水道', '马桶', '电梯', '灯坏了', '暖气不热'],
  ['clogged', 'blocked drain', 'toilet', 'elevator', 'heating', 'heater', 'air conditioning'],
  // Noise and neighbours.
  ['噪音', '噪声', '太吵', '扰民', '邻居'],
  ['noise', 'noisy', 'loud', 'neighbour', 'neighbor', 'neighbours', 'neighbors'],
];
