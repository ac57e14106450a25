/**
 * Word lists for the synthetic archive: places, organisations, topics and
 * names of a made-up city paper (禾城日报, set in the Jiaxing area, like the
 * project's own pages). Lists are in unlock order: the vocabulary module
 * opens the first words on the first day and more each week, so an index
 * built over the archive sees words arrive over time as in a real paper.
 */

/** Space-separated words to an array: the lists read like the word lists they are. */
const words = (text: string): string[] => text.trim().split(/\s+/u);

export const PAPER = '禾城日报';
export const CITY = '嘉兴';

/** District → its short name, in the order the districts are first reported on. */
export const DISTRICTS: readonly { name: string; short: string }[] = words('南湖区:南湖 秀洲区:秀洲 嘉善县:嘉善 平湖市:平湖 海盐县:海盐 海宁市:海宁 桐乡市:桐乡 经开区:经开 港区:港区').map((pair) => {
  const [name, short] = pair.split(':') as [string, string];
  return { name, short };
});

/** Towns and streets with their district (index into DISTRICTS), interleaved so each week brings a few from several districts. */
export const TOWNS: readonly { name: string; district: number }[] = [
  ['七星街道 余新镇 凤桥镇 新丰镇 大桥镇 东栅街道 南湖街道 新兴街道 解放街道 建设街道 新嘉街道 城南街道 长水街道', 0],
  ['王江泾镇 油车港镇 新塍镇 王店镇 洪合镇 高照街道 嘉北街道 塘汇街道 新城街道', 1],
  ['魏塘街道 罗星街道 惠民街道 大云镇 西塘镇 干窑镇 陶庄镇 姚庄镇 天凝镇', 2],
  ['当湖街道 钟埭街道 曹桥街道 新埭镇 新仓镇 独山港镇 乍浦镇 广陈镇 林埭镇', 3],
  ['武原街道 西塘桥街道 望海街道 秦山街道 沈荡镇 百步镇 于城镇 澉浦镇 通元镇', 4],
  ['海洲街道 硖石街道 海昌街道 马桥街道 许村镇 长安镇 周王庙镇 盐官镇 斜桥镇 丁桥镇 袁花镇 黄湾镇', 5],
  ['梧桐街道 凤鸣街道 龙翔街道 乌镇 濮院镇 崇福镇 洲泉镇 石门镇 河山镇 大麻镇 屠甸镇 高桥街道', 6],
]
  .map(([list, district]) => words(list as string).map((name) => ({ name, district: district as number })))
  .reduce<{ name: string; district: number }[][]>((columns, towns) => {
    towns.forEach((town, i) => (columns[i] ??= []).push(town));
    return columns;
  }, [])
  .flat();

export const LANDMARKS = words(`南湖 月河历史街区 子城遗址公园 梅花洲景区 西塘古镇 乌镇景区 九龙山 南北湖 盐官古城 湘家荡
  秀湖公园 嘉兴南站 马家浜文化遗址 濮院时尚古镇 运河文化公园 南湖天地 嘉兴科技城 乍浦港 独山港 钱塘江大堤
  南湖革命纪念馆 嘉兴博物馆 嘉兴图书馆 嘉兴大剧院 嘉兴体育中心 长水塘 杭州湾跨海大桥 海宁观潮公园 桐乡凤凰湖 平湖东湖
  嘉善归谷 海盐核电科技馆 西塘汉服街区 南湖菱湖 鸳鸯湖 烟雨楼 梅湾街 芦席汇 金都景苑 南湖新区`);

/** Government bodies; a district or 市 is put in front. */
export const GOV_BODIES = words(`发改委 经信局 教育局 科技局 公安局 民政局 司法局 财政局 人力社保局 自然资源和规划局 生态环境局
  住建局 交通运输局 水利局 农业农村局 商务局 文化广电旅游局 卫生健康委 应急管理局 市场监管局 统计局
  医疗保障局 综合行政执法局 大数据发展管理局 总工会 团委 妇联 科协 残联 红十字会 税务局 消防救援支队
  退役军人事务局 供销社 档案馆 气象局 邮政管理局 数据局 信访局 城市管理局 住房公积金中心 人民法院 人民检察院`);

/** First and second characters of company brands, and what the companies make. */
export const BRAND_FIRST = [...'恒瑞丰达嘉华宏新鑫泰禾明中天博润安联富金永盛正兴德信凯亚卓伟海宇晨光智鼎科源远力舜沃'];
export const BRAND_SECOND = [...'达泰丰瑞通远成华源创宇辉诚盛基润隆晟昌航际联顺邦驰越腾科睿磊洋铭朗'];
export const INDUSTRIES = words(`新材料 智能装备 电子科技 生物医药 光伏科技 纺织科技 食品 物流 汽车零部件 精密机械 新能源 数字科技
  农业发展 文化传媒 家居 服饰 化纤 机电 环保科技 半导体 医疗器械 信息技术 建设 热电 包装 皮革 五金 光电
  智能家居 储能科技 航空科技 机器人 传感器 新型建材 氢能 精细化工 时尚产业 供应链管理`);
export const COMPANY_SUFFIXES = words('有限公司 有限公司 股份有限公司 集团 有限公司 科技有限公司');

export const HOSPITALS = words(`嘉兴市第一医院 嘉兴市第二医院 嘉兴市中医医院 嘉兴市妇幼保健院 嘉兴市康慈医院 嘉兴市第一医院南湖院区
  嘉兴大学附属医院 嘉兴市疾控中心 嘉兴市中心血站 嘉兴市急救中心`);
export const SCHOOLS = words(`嘉兴大学 嘉兴南湖学院 嘉兴职业技术学院 嘉兴一中 嘉兴高级中学 秀州中学 嘉兴实验小学 南湖国际实验学校
  嘉兴技师学院 同济大学浙江学院 浙江清华长三角研究院 嘉兴市少年宫 嘉兴开放大学 嘉兴市特殊教育学校`);
/** Institutions a district owns (南湖区 + 人民医院). */
export const DISTRICT_INSTITUTIONS = words('人民医院 中医院 实验小学 第一中学 实验中学 图书馆 文化馆 体育中心 职业技术学校 中心幼儿园 融媒体中心 社会福利中心');
export const TOWN_INSTITUTIONS = words('卫生院 中心小学 中学 文化站 便民服务中心 社区服务中心 综合文化站 党群服务中心 农业服务中心');
export const BANKS = words('禾城农商银行 嘉兴银行 工商银行嘉兴分行 农业银行嘉兴分行 建设银行嘉兴分行 邮储银行嘉兴市分行 浙商银行嘉兴分行 人保财险嘉兴市分公司');

/** Villages and communities are made from two characters and a suffix (荷花村), so their number keeps growing. */
export const PLACE_FIRST = [...'新荷杨建联华永民红长东西南北众五三双金银桃梅竹丰和兴光明星港云陆沈钱徐'];
export const PLACE_SECOND = [...'丰联兴华溪桥浜港塘庙圩湾光明星安乐民胜利浦泾荡家园'];
export const PLACE_SUFFIXES = words('村 村 村 社区 社区');

export type Domain = 'gov' | 'economy' | 'agri' | 'society' | 'education' | 'health' | 'culture' | 'sports' | 'world' | 'opinion' | 'essay';

/** Topics per domain, in unlock order: the first few from the first day, the rest week by week. */
export const TOPICS: Readonly<Record<Domain, readonly string[]>> = {
  gov: words(`高质量发展 共同富裕 营商环境 项目建设 民生实事 基层治理 安全生产 生态文明 城乡融合 长三角一体化 数字化改革
    招商引资 开放型经济 法治建设 作风建设 “十五五”规划 扩大有效投资 城市更新 人才工作 统战工作 乡村振兴 政务服务
    清廉建设 应急管理 国防动员 双拥工作 信访工作 审计监督 财政改革 国资国企改革`),
  economy: words(`数字经济 先进制造业 外贸出口 消费市场 科技创新 专精特新 产业链 人工智能 低空经济 新能源汽车 集成电路
    智能制造 工业互联网 跨境电商 民营经济 小微企业 绿色金融 普惠金融 技术改造 首台套 总部经济 楼宇经济 服务贸易
    时尚产业 氢能产业 生物医药 储能产业 未来产业 新型储能 海洋经济 平台经济 夜间经济 首发经济 银发经济 数据要素`),
  agri: words(`春耕备耕 粮食生产 高标准农田 强村富民 “千万工程” 未来乡村 农业机械化 数字农业 特色农产品 生猪保供 农村电商
    土地流转 家庭农场 农文旅融合 和美乡村 农村供水 渔业养殖 稻渔综合种养 乡村集体经济 农业社会化服务 设施农业 种业振兴`),
  society: words(`垃圾分类 老旧小区改造 养老服务 社区治理 平安建设 交通治堵 新居民 志愿服务 食品安全 物业管理 公共交通
    停车难 “一老一小” 住房保障 就业帮扶 社会救助 无障碍环境 电动自行车安全 反诈宣传 燃气安全 加装电梯 邻里中心
    助餐服务 托育服务 未成年人保护 慈善事业 退役军人服务 网格治理 矛盾调解 消防安全`),
  education: words(`课后服务 “双减” 校园安全 学前教育 职业教育 教师队伍建设 家校共育 劳动教育 研学实践 招生 新校建设 义务教育优质均衡
    科学教育 心理健康教育 体育课堂 书香校园 产教融合 集团化办学 特殊教育 终身学习`),
  health: words(`家庭医生签约 分级诊疗 医共体 慢病管理 健康体检 心理健康 急救培训 中医药 疫苗接种 流感防治 智慧医疗
    医保支付 儿科服务 口腔健康 全民健康 健康教育 互联网医院 护理服务 药品集采 康复医疗`),
  culture: words(`非遗传承 文旅融合 公共文化服务 城市书房 戏曲进乡村 博物馆 运河文化 红船精神 全民阅读 文艺演出 农村文化礼堂
    历史街区保护 文化遗产 群众文艺 文创产品 美术展览 越剧 评弹 木偶戏 蓝印花布 剪纸 粽子文化 丝绸文化 江南水乡文化`),
  sports: words(`全民健身 马拉松 篮球联赛 游泳 羽毛球 乒乓球 足球 田径 青少年体育 体育公园 健身步道 龙舟赛 气排球 围棋
    路跑 骑行 皮划艇 拔河 棋类比赛 社区运动会 飞盘 匹克球`),
  world: words(`气候治理 经济复苏 贸易投资 能源转型 粮食安全 公共卫生 科技创新 航天探索 数字治理 海洋保护 人工智能治理
    文化交流 旅游业 供应链 减贫 绿色发展 可再生能源 清洁能源 生物多样性保护 数字经济 水资源管理 防灾减灾`),
  opinion: words(`为民办实事 干部作风 基层减负 营商环境 数字化改革 文明城市 城市温度 青年发展 诚信建设 耕地保护
    实干担当 改革创新 共同富裕 安全底线 民生温度 法治精神`),
  essay: words(`故乡 江南 老屋 运河 外婆 春日 秋雨 小巷 炊烟 老街 童年 菱角 粽香 船歌 桥影 稻田 茶香 渡口 旧书 灯火`),
};

/** Topics of the season, by month (index 0 = January): they come and go as the calendar turns. */
export const SEASONAL: readonly (readonly string[])[] = [
  words('春运 年货 迎新春 寒假 元旦 冬季取暖 岁末年初'),
  words('春节 元宵 节后开工 春运返程 开学 新春走基层 春风行动'),
  words('春耕 植树造林 学雷锋 全国两会 消费者权益日 春季招聘 妇女节'),
  words('清明 踏青 春茶 读书日 春季运动会 油菜花节'),
  words('劳动节 端午 梅雨 毕业季 五一假期 防灾减灾日'),
  words('高考 防汛 入梅 夏粮收购 安全生产月 端午假期'),
  words('防台 高温 暑期 防溺水 夏令营 出梅 暑运'),
  words('高温 防台 暑期托管 七夕 开学准备 建军节'),
  words('开学 中秋 秋收 丰收节 教师节 国家安全宣传'),
  words('国庆 重阳 秋游 秋种 国庆假期 敬老月'),
  words('双十一 冬季消防 冬令进补 秋冬季大气治理 冬季招聘'),
  words('冬至 年终 岁末 元旦 冬季取暖 年终盘点'),
];

/** Verbs and objects of official prose, joined freely (推进 + 产业链条). */
export const VERBS = words(`推进 推动 加快 深化 完善 优化 提升 强化 打造 培育 建设 落实 实施 开展 探索 构建 健全 拓展 扩大
  聚焦 抓好 做强 激发 释放 夯实 守牢 织密 畅通 补齐 用好 盘活 壮大 升级 提速 规范 保障 稳住 守护 串联`);
export const OBJECTS = words(`产业链条 营商环境 公共服务 基层治理 创新生态 服务体系 要素保障 工作机制 民生保障 城市功能 人才队伍
  数字底座 安全底线 协同机制 产业集群 服务质效 监管体系 项目招引 消费场景 文化品牌 治理效能 服务网络 供应链
  融资渠道 应急体系 服务阵地 发展空间 政策体系 科研平台 评价体系 资源配置 城乡风貌 产业基础 人居环境 市场活力`);
/** Goals a sentence says something is for (为……). */
export const GOALS = words(`高质量发展 共同富裕 乡村全面振兴 现代化城市建设 群众安居乐业 企业减负增效 产业转型升级 城市能级提升
  社会和谐稳定 区域协调发展 新质生产力发展 美丽城乡建设 全年目标任务完成 经济稳进提质`);

/** Roles of people the reporters quote. */
export const ROLES = words(`负责人 党委书记 主任 局长 副局长 董事长 总经理 副总经理 村党委书记 社区党委书记 志愿者 工作人员 医生 护士长
  校长 教师 教练 馆长 种植户 车间主任 项目经理 网格员 店主 研究员 工程师 队长 站长 所长 讲解员 客户经理`);
/** People spoken of by what they are, not named. */
export const PEOPLE = words('市民 村民 居民 游客 企业主 职工 学生 家长 老人 新居民 志愿者 党员干部 农户 消费者 参赛选手 读者 患者 网友');

/** Surnames, most common first (they are drawn skewed); given-name characters. */
export const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤屠俞詹柳缪盛'];
export const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文辉力鹏宇浩凯晨婷雪琳峰斌波宁欣怡佳俊嘉子思雨梦晓一天家志海亮红玉兰春燕萍丹晶颖倩蕾璐莉瑶雯洁慧蓉梅琴云飞龙鑫帅博宏锋林松成荣新晖健彬峻轩泽睿航宸铭诚昊远焕楠震勤景丽'];

/** 新华社 datelines of the world page. */
export const WORLD_CITIES = words('北京 华盛顿 纽约 伦敦 巴黎 柏林 布鲁塞尔 莫斯科 东京 首尔 新德里 开罗 内罗毕 巴西利亚 堪培拉 日内瓦 维也纳 曼谷 雅加达 新加坡 迪拜 罗马 马德里 渥太华 墨西哥城');
export const WORLD_BODIES = words('联合国 世界卫生组织 世界贸易组织 国际货币基金组织 世界银行 国际能源署 联合国粮农组织 联合国环境规划署 国际奥委会 世界气象组织');

/** Kickers that are not a place or topic: the paper's standing columns. */
export const COLUMNS = words('一线观察 民生实事 蹲点调研 走基层 聚焦两会 奋战开门红 今日关注 身边的感动 百姓故事 数说 调研手记 一线传真 新闻特写 深度观察');
