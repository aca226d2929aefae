/**
 * A small traditional → simplified Chinese map for the characters customers use most in service
 * questions (orders, payments, travel, accounts). Not a full converter: a cheap fold so that
 * 機票 and 机票 share features. Characters not listed are left alone.
 */

const TRADITIONAL =
  '機們這個來時會說對國學問題號碼電話費買賣錢銀貨運車飛場訂單門開關閉間點幾麼為沒還過進發現後與無從賬戶務員據險資訊網絡線給經結統級紀約紅細終總聯繫係權證認請讓談該誤調論識譯護讀變議語記設許試詢詳諮謝貴購質贈轉輸載輕較輛邊遞選達遲郵醫鐘鐵長陸隊際雙雜離難雲須預領頻顧風飯館馬驗體鬧魚鳥麵齊龍區華協參嗎啟團處備傳價億優兒內兩劃動勞廳廣張強當徑復態應戲擇換損搶撥擔數斷於東條業樂樣標檢櫃歡歲歷氣決況溫滿灣營爭獲環產畫療盡監確禮稱積穩筆範簽紙組維綁績續罰義習聲職腦臺舊艙藥號補裝視規覺覽觀計討訴診評詞詐騙貸賠賓趕跡蹤軟輔農迴連週遊適遺錄錯鍵鎖閱隨隱雖靈靜頁項順頭額類顯飲餘髮鬆齡圖寫實專導幫帶幣廠慶憑懷戰扣擊攜敗敵氫湯漲灑災爐爛猶獎琴當癢盤碼礦祕稅窮競籤類紋級納紐純紗紛絕絲綠緊緒編緩練縣縮繳翹聽腳艱蘋號虧蟲補襪親觸訊訪証詳誰課謂謹譜豐貓貝負貨販貧貼賀賞賦賽贏趙跡踐躍軍轟辦遙遠鄰醜釋針鈔鈕鉛銷鋪鋼錶鍋鎮鏡鑰閃閒閘陣陳險雞電靠鞋韓頂頓預頸題颱飄飽餅餓餵駕駛騎驚鬥鴨鹽麥黃點黨齒帳盜';
const SIMPLIFIED =
  '机们这个来时会说对国学问题号码电话费买卖钱银货运车飞场订单门开关闭间点几么为没还过进发现后与无从账户务员据险资讯网络线给经结统级纪约红细终总联系系权证认请让谈该误调论识译护读变议语记设许试询详咨谢贵购质赠转输载轻较辆边递选达迟邮医钟铁长陆队际双杂离难云须预领频顾风饭馆马验体闹鱼鸟面齐龙区华协参吗启团处备传价亿优儿内两划动劳厅广张强当径复态应戏择换损抢拨担数断于东条业乐样标检柜欢岁历气决况温满湾营争获环产画疗尽监确礼称积稳笔范签纸组维绑绩续罚义习声职脑台旧舱药号补装视规觉览观计讨诉诊评词诈骗贷赔宾赶迹踪软辅农回连周游适遗录错键锁阅随隐虽灵静页项顺头额类显饮余发松龄图写实专导帮带币厂庆凭怀战扣击携败敌氢汤涨洒灾炉烂犹奖琴当痒盘码矿秘税穷竞签类纹级纳纽纯纱纷绝丝绿紧绪编缓练县缩缴翘听脚艰苹号亏虫补袜亲触讯访证详谁课谓谨谱丰猫贝负货贩贫贴贺赏赋赛赢赵迹践跃军轰办遥远邻丑释针钞钮铅销铺钢表锅镇镜钥闪闲闸阵陈险鸡电靠鞋韩顶顿预颈题台飘饱饼饿喂驾驶骑惊斗鸭盐麦黄点党齿账盗';

const MAP: ReadonlyMap<string, string> = buildMap();

function buildMap(): Map<string, string> {
  const from = Array.from(TRADITIONAL);
  const to = Array.from(SIMPLIFIED);
  const map = new Map<string, string>();
  from.forEach((char, index) => {
    const target = to[index];
    if (target !== undefined && target !== char) map.set(char, target);
  });
  return map;
}

/** The number of characters in each table; they must be equal (checked by the tests). */
export const TRADITIONAL_TABLE_SIZES = {
  traditional: Array.from(TRADITIONAL).length,
  simplified: Array.from(SIMPLIFIED).length,
};

/** Replaces listed traditional characters by their simplified forms. */
export function toSimplified(text: string): string {
  let out = '';
  for (const char of text) out += MAP.get(char) ?? char;
  return out;
}
