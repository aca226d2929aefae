/**
 * Traditional → simplified Chinese for the characters customers type most in service messages
 * (orders, payments, travel, accounts, telecom, banking, utilities, health), shared by the matcher's
 * normalization and the bot's cue tables. Not a full converter: a cheap fold, applied alike to the
 * knowledge base and to every message, so 機票 and 机票, 寬頻 and 宽频 share features and cues.
 * Each pair is a traditional character followed by its simplified form; characters not listed are
 * left alone.
 */
const PAIRS = [
  '機机們们這这個个來来時时會会說说對对國国學学問问題题號号碼码電电話话費费買买賣卖錢钱銀银貨货運运車车飛飞場场訂订單单門门開开關关閉闭間间點点幾几麼么為为沒没還还',
  '過过進进發发現现後后與与無无從从賬账戶户務务員员據据險险資资訊讯網网絡络線线給给經经結结統统級级紀纪約约紅红細细終终總总聯联繫系係系權权證证認认請请讓让談谈該该',
  '誤误調调論论識识譯译護护讀读變变議议語语記记設设許许試试詢询詳详諮咨謝谢貴贵購购質质贈赠轉转輸输載载輕轻較较輛辆邊边遞递選选達达遲迟郵邮醫医鐘钟鐵铁長长陸陆隊队',
  '際际雙双雜杂離离難难雲云須须預预領领頻频顧顾風风飯饭館馆馬马驗验體体鬧闹魚鱼鳥鸟麵面齊齐龍龙區区華华協协參参嗎吗啟启團团處处備备傳传價价億亿優优兒儿內内兩两劃划',
  '動动勞劳廳厅廣广張张強强當当徑径復复態态應应戲戏擇择換换損损搶抢撥拨擔担數数斷断於于東东條条業业樂乐樣样標标檢检櫃柜歡欢歲岁歷历氣气決决況况溫温滿满灣湾營营爭争',
  '獲获環环產产畫画療疗盡尽監监確确禮礼稱称積积穩稳筆笔範范簽签紙纸組组維维綁绑績绩續续罰罚義义習习聲声職职腦脑臺台舊旧艙舱藥药補补裝装視视規规覺觉覽览觀观計计討讨',
  '訴诉診诊評评詞词詐诈騙骗貸贷賠赔賓宾趕赶跡迹蹤踪軟软輔辅農农迴回連连週周遊游適适遺遗錄录錯错鍵键鎖锁閱阅隨随隱隐雖虽靈灵靜静頁页項项順顺頭头額额類类顯显飲饮餘余',
  '髮发鬆松齡龄圖图寫写實实專专導导幫帮帶带幣币廠厂慶庆憑凭懷怀戰战擊击攜携敗败敵敌氫氢湯汤漲涨灑洒災灾爐炉爛烂猶犹獎奖癢痒盤盘礦矿祕秘稅税窮穷競竞籤签紋纹納纳紐纽',
  '純纯紗纱紛纷絕绝絲丝綠绿緊紧緒绪編编緩缓練练縣县縮缩繳缴翹翘聽听腳脚艱艰蘋苹虧亏蟲虫襪袜親亲觸触訪访証证誰谁課课謂谓謹谨譜谱豐丰貓猫貝贝負负販贩貧贫貼贴賀贺賞赏',
  '賦赋賽赛贏赢趙赵踐践躍跃軍军轟轰辦办遙遥遠远鄰邻醜丑釋释針针鈔钞鈕钮鉛铅銷销鋪铺鋼钢錶表鍋锅鎮镇鏡镜鑰钥閃闪閒闲閘闸陣阵陳陈雞鸡韓韩頂顶頓顿頸颈颱台飄飘飽饱餅饼',
  '餓饿餵喂駕驾駛驶騎骑驚惊鬥斗鴨鸭鹽盐麥麦黃黄黨党齒齿帳账盜盗師师報报壞坏傷伤燒烧脅胁騷骚擾扰滯滞臉脸腫肿衝冲罵骂訟讼塊块萬万複复剛刚纔才屬属愛爱憤愤燙烫駭骇竊窃',
  '滾滚層层簡简裡里幹干掃扫寶宝嚇吓慘惨劇剧寬宽註注掛挂儲储樓楼攔拦擋挡滲渗熱热燈灯纜缆冊册紹绍罷罢畢毕倉仓嘗尝償偿徹彻塵尘襯衬懲惩籌筹創创辭辞叢丛湊凑膽胆鄧邓墊垫',
  '釣钓疊叠凍冻獨独賭赌奪夺鵝鹅爾尔閥阀紡纺廢废墳坟奮奋鋒锋馮冯縫缝諷讽鳳凤膚肤婦妇蓋盖綱纲崗岗鞏巩貢贡構构夠够慣惯歸归漢汉鬍胡壺壶滬沪謊谎揮挥輝辉彙汇匯汇禍祸極极',
  '擠挤濟济繼继夾夹減减揀拣見见艦舰劍剑鑑鉴將将講讲醬酱膠胶驕骄餃饺絞绞轎轿階阶節节潔洁屆届僅仅儘尽勁劲淨净糾纠舉举懼惧捲卷凱凯顆颗殼壳懇恳褲裤誇夸饋馈擴扩闊阔蠟蜡',
  '賴赖蘭兰欄栏藍蓝籃篮懶懒濫滥淚泪裏里曆历麗丽勵励倆俩蓮莲憐怜簾帘鏈链戀恋煉炼糧粮諒谅臨临嶺岭劉刘聾聋籠笼攏拢摟搂蘆芦滷卤魯鲁驢驴鋁铝屢屡慮虑濾滤亂乱輪轮羅罗邏逻',
  '媽妈螞蚂邁迈脈脉瞞瞒饅馒蠻蛮貿贸悶闷夢梦謎谜彌弥覓觅綿绵廟庙滅灭鳴鸣銘铭謀谋惱恼擬拟膩腻釀酿檸柠寧宁擰拧濃浓諾诺歐欧毆殴嘔呕龐庞噴喷潑泼頗颇撲扑樸朴豈岂棄弃牽牵',
  '遷迁謙谦潛潜淺浅槍枪牆墙橋桥僑侨欽钦傾倾趨趋驅驱勸劝卻却饒饶繞绕榮荣絨绒銳锐潤润傘伞喪丧殺杀篩筛曬晒刪删攝摄審审嬸婶腎肾繩绳勝胜聖圣獅狮濕湿詩诗勢势飾饰壽寿獸兽',
  '書书贖赎術术樹树帥帅飼饲頌颂蘇苏肅肃孫孙攤摊貪贪灘滩歎叹濤涛騰腾銅铜塗涂脫脱駝驼窪洼彎弯頑顽違违圍围偉伟偽伪衛卫聞闻臥卧烏乌誣诬霧雾錫锡襲袭蝦虾轄辖峽峡狹狭鮮鲜',
  '纖纤鹹咸賢贤獻献餡馅憲宪鄉乡響响曉晓瀉泻鋅锌興兴繡绣虛虚敘叙懸悬尋寻訓训壓压啞哑亞亚煙烟嚴严顏颜艷艳厭厌楊杨揚扬陽阳養养搖摇謠谣爺爷葉叶儀仪藝艺憶忆誼谊異异陰阴',
  '嬰婴鷹鹰蠅蝇擁拥傭佣湧涌憂忧誘诱漁渔娛娱獄狱譽誉園园圓圆緣缘願愿悅悦暈晕韻韵暫暂贊赞髒脏棗枣責责則则澤泽賊贼債债盞盏斬斩佔占脹胀偵侦掙挣鄭郑織织執执鍾钟種种眾众',
  '軸轴皺皱豬猪諸诸囑嘱鑄铸築筑駐驻磚砖賺赚莊庄壯壮狀状墜坠準准綜综縱纵鑽钻隻只僱雇兌兑嘩哗啓启侶侣噸吨滙汇櫥橱佈布併并採采摺折綫线贓赃',
].join('');

/** Traditional character → simplified character. */
export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = new Map(
  (PAIRS.match(/../gu) ?? []).map((pair) => [pair.charAt(0), pair.charAt(1)] as const),
);

/**
 * Any character the table knows. Most messages hold none, and one regular-expression scan costs
 * far less than building the text again a character at a time.
 */
const TRADITIONAL = new RegExp(`[${[...TRADITIONAL_TO_SIMPLIFIED.keys()].join('')}]`, 'gu');

/** Replaces the traditional characters the table knows by their simplified forms. */
export function toSimplified(text: string): string {
  return text.replace(TRADITIONAL, (char) => TRADITIONAL_TO_SIMPLIFIED.get(char) ?? char);
}
