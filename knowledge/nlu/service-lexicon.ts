/**
 * Interchangeable phrasings customers use in service conversations, Chinese and English. Few-shot
 * augmentation swaps one member of a group for another, so an entry written as 机票怎么退票 also
 * learns 机票如何退款; the BM25 ensemble member scores a query with one swap too. Groups are small
 * and conservative (a wrong synonym teaches a wrong label); within a group the longer phrase comes
 * first, since the first member found in a text is the one swapped.
 */
import { DOMAIN_SYNONYMS } from './service-domains';

/*
 * Question frames: ways of asking (can I, I want to, why, when) rather than what is asked about.
 * They are swapped when training rows are augmented, so the model learns them, but the BM25
 * member does not index questions with them swapped: their terms are common and weigh little.
 * (Measured when the member still scored each query's variants: without these no decision of the
 * bot-eval sets changed, one demo row went from a clarifying question to its right answer, and the
 * understanding step cost about 13 % less CPU.) 怎么 / 如何 stays swapped: without it the zh-bank
 * validation half lost two answers.
 */
const CAN_ZH = ['可以', '能', '能不能', '可不可以'];
const WHEN_ZH = ['什么时候', '何时', '啥时候'];
const WANT_ZH = ['我想', '我要', '想'];
const WHY_ZH = ['为什么', '为啥', '怎么回事'];
const HOW_DO_I = ['how do i', 'how can i', 'how to'];
const CAN_I = ['can i', 'could i', 'am i able to'];
const WANT_TO = ['i want to', "i'd like to", 'i need to'];
const QUESTION_FRAMES: ReadonlySet<readonly string[]> = new Set([
  CAN_ZH,
  WHEN_ZH,
  WANT_ZH,
  WHY_ZH,
  HOW_DO_I,
  CAN_I,
  WANT_TO,
]);

export const SERVICE_SYNONYMS: readonly (readonly string[])[] = [
  ['怎么', '如何', '怎样', '咋'],
  CAN_ZH,
  ['退票', '退款', '退钱', '把钱退回', '退的钱'],
  ['钱什么时候退', '退款多久到账', '什么时候退款', '钱多久能退回来'],
  ['退货', '退回去', '退掉'],
  ['不想要了', '不喜欢', '不合适'],
  ['改签', '改期', '换日期'],
  ['取消', '撤销', '撤回', '撤单', '作废', '不要了', '取消掉'],
  ['修改', '更改', '改'],
  ['查询', '查', '查看', '看看'],
  ['多久', '多长时间', '几天'],
  ['什么时候能送到', '什么时候到', '多久到', '几天到', '啥时候到', '多久能收到'],
  WHEN_ZH,
  ['到哪里了', '到哪了', '在哪里', '到什么地方了'],
  ['快递', '物流', '包裹'],
  ['订单', '单子', '货', '东西'],
  ['没有收到', '没收到', '还没到', '还没收到', '没送到'],
  ['发货', '发出', '寄出'],
  ['破损', '坏了', '碎了', '破了', '损坏', '裂了', '有洞'],
  ['漏发', '少发', '少了', '缺了', '不全', '只收到', '没收到配件'],
  ['发错', '寄错', '不是我买的', '送错'],
  ['修改地址', '改地址', '换地址', '改寄', '寄到别处', '送到别的地方'],
  ['换货', '调换', '换一个', '换尺码'],
  ['尺码', '码数', '多大码', '几码', '什么码', '大小'],
  // Defects customers name instead of saying 质量问题.
  ['质量问题', '质量差', '质量太差', '开胶', '掉色', '褪色', '起球', '开线', '脱线'],
  ['优惠券', '券', '折扣券', '代金券', '优惠码'],
  ['会员', '会员卡'],
  ['积分', '会员积分', '点数'],
  ['费用', '价格', '多少钱', '收费'],
  ['运费', '邮费', '快递费'],
  ['账号', '账户', '帐号'],
  ['忘记密码', '忘了密码', '密码忘了', '找回密码'],
  ['登录不了', '登不上', '进不去', '无法登录'],
  ['登录', '登陆'],
  ['注册', '开户', '创建账号'],
  ['手机号', '手机号码', '电话号码'],
  ['客服电话', '热线', '联系电话'],
  ['酒店', '宾馆', '住宿'],
  ['机票', '飞机票'],
  ['航班', '飞机'],
  ['火车票', '高铁票', '车票'],
  ['行李', '箱子'],
  ['发票', '开票', '报销凭证', '收据'],
  ['客服', '人工'],
  WANT_ZH,
  WHY_ZH,
  ['分期', '分期付款', '分几个月'],
  ['保修', '质保', '售后'],
  ['refund', 'money back', 'reimbursement'],
  ['cancel', 'call off', 'stop'],
  ["don't want", 'dont want', 'no longer want'],
  ['change', 'modify', 'update'],
  ['change my address', 'update my address', 'ship to a different address', 'redirect'],
  ['where is my order', "where's my order", 'where is my package', 'where is my parcel'],
  ['order', 'package', 'parcel', 'delivery'],
  ["hasn't arrived", "hasn't shown up", 'never arrived', 'never came', 'not here yet', 'nothing came'],
  ['damaged', 'broken', 'cracked', 'scratched', 'smashed', 'defective'],
  ['missing', 'not included', "wasn't in", 'wasnt in', 'left out'],
  ['wrong item', 'wrong thing', 'wrong product', 'someone elses'],
  ['exchange', 'swap', 'trade', 'replace'],
  ['size', 'sizing', 'fit'],
  ['coupon', 'discount code', 'promo code', 'voucher', 'discount'],
  ['membership', 'loyalty program', 'member', 'vip'],
  ['points', 'reward points', 'rewards'],
  ['sign up', 'register', 'create an account', 'make an account', 'open an account'],
  ['log in', 'login', 'sign in'],
  ['flight', 'plane ticket'],
  ['hotel', 'accommodation'],
  ['luggage', 'baggage', 'bags'],
  HOW_DO_I,
  CAN_I,
  WANT_TO,
  ['password', 'passcode'],
  ['account', 'acct', 'profile'],
  ['phone number', 'mobile number', 'hotline', 'number to call'],
  ['customer service', 'customer support', 'support team', 'live person', 'real person'],
  ['opening hours', 'business hours', 'what time', 'what hours'],
  ['how long', 'how much time', 'how many days'],
  ['shipping', 'postage', 'delivery fee'],
  ['cost', 'price', 'fee'],
  ['receipt', 'invoice', 'bill'],
  ['booking', 'reservation'],
  ['check', 'see', 'look up'],
  ['track', 'follow', 'trace'],
  ['send back', 'return', 'send it back'],
  ['installments', 'monthly payments', 'pay over time', 'a few months'],
  ['warranty', 'guarantee', 'covered'],
  ['unsubscribe', 'stop emails', 'mailing list'],
  ['internationally', 'abroad', 'overseas', 'other countries'],
  ['cash on delivery', 'pay on delivery', 'pay cash'],
  ['price drop', 'cheaper', 'price went down', 'lower price'],
  ["haven't received", 'did not get', 'still waiting for', "didn't get"],
  ...DOMAIN_SYNONYMS,
];

/** The groups swapped into the BM25 member's questions (see {@link QUESTION_FRAMES}): all but the question frames. */
export const QUERY_SWAP_SYNONYMS: readonly (readonly string[])[] = SERVICE_SYNONYMS.filter(
  (group) => !QUESTION_FRAMES.has(group),
);
