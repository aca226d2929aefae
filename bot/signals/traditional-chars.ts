/**
 * Traditional → simplified Chinese for the characters the signal lexicons use, so 轉人工, 投訴
 * and 被盜刷 read as 转人工, 投诉 and 被盗刷. A table of the cue words' characters rather than a
 * full converter: only the cues have to survive.
 */
const PAIRS = [
  '轉转訴诉們们騙骗詐诈盜盗兩两筆笔費费錢钱單单號号帳账賬账戶户銀银過过這这麼么嗎吗話话說说請请幫帮',
  '給给讓让機机務务員员經经師师報报處处氣气壞坏爛烂傷伤險险緊紧裝装電电燒烧藥药醫医脅胁騷骚擾扰滯滞',
  '從从來来個个對对實实際际聯联繫系問问題题應应為为發发貨货運运郵邮遞递訂订買买賣卖東东無无時时間间',
  '點点還还沒没會会開开關关閉闭與与認认識识護护國国內内門门聽听長长頭头臉脸紅红腫肿衝冲動动罵骂訟讼',
  '陸陆臺台馬马鐘钟塊块萬万額额雙双復复複复錯错誤误剛刚纔才屬属愛爱態态監监憤愤觸触燙烫療疗駭骇竊窃',
  '搶抢權权維维記记鬧闹滾滚罰罚讀读觀观車车場场層层寫写學学貓猫簡简體体裡里幹干掃扫碼码寶宝撥拨聲声',
  '線线網网頁页帶带嚇吓慘惨劇剧負负強强盤盘啟启',
].join('');

/** Traditional character → simplified character (each pair in {@link PAIRS} is two characters). */
export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = new Map(
  (PAIRS.match(/../gu) ?? []).map((pair) => [pair.charAt(0), pair.charAt(1)] as const),
);

/** Replaces the traditional characters the table knows; leaves everything else as it is. */
export function toSimplified(text: string): string {
  let out = '';
  for (const char of text) out += TRADITIONAL_TO_SIMPLIFIED.get(char) ?? char;
  return out;
}
