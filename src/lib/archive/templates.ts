/**
 * Sentence, headline and caption templates of the synthetic archive. A
 * template is prose with slots in braces, filled by prose.ts:
 *
 * - the article's own focus, the same in every sentence of one article, as a
 *   real report keeps naming its town and its organisation:
 *   {P} town, {D} its district, {DS} the district's short name, {O} the main
 *   organisation, {T} {T2} topics, {N} the person it quotes and {R} their role,
 *   {L} a landmark, {C} a company ("该企业" after its first mention) and {CI}
 *   what it makes, {V} a village, {S} a word of the season;
 * - fresh words at each use: {town} {district} {org} {gov} {company}
 *   {village} {landmark} {topic} {season} {verb} {obj} {goal} {people} {name}
 *   {role} {industry} {bank} {school} {hospital} {tag} {benefit} {metric}
 *   {product} {crop} {adv} {dir} {city} {wbody} {action} {tip} and the scenes
 *   {fscene} (a workshop) {rscene} (fields, villages) {cscene} (a community,
 *   a service hall) {escene} (an event, a crowd);
 * - {ds}: 市, 区 or 县, the focus district's level (全{ds} = 全区);
 * - numbers and dates: {few} 2–9, {n} 2–30, {nn} 30–500, {nnn} 1,000–50,000,
 *   {age} 50–92, {money}, {pct}, {hipct} 85–99.9%, {sofar} months of the year so far, {year}, {lastyear},
 *   {date} (a recent day), {month} (a month ahead), {lastmonth}, {time}.
 *
 * Many templates, never reused on one page when another is free, and
 * sentences composed clause by clause keep the text from repeating the way
 * templates do (the generator prints the gzip ratio to check it).
 */
import type { Domain } from './lexicon.ts';

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
const words = (text: string): string[] => text.trim().split(/\s+/u);

/** Sentences any local report can use. */
export const GENERAL = lines(`
  {date}，{O}召开{T}工作推进会，总结前一阶段工作，部署下一步重点任务。
  记者从{O}获悉，今年以来，{D}{T}工作取得明显成效，累计完成投资{money}。
  据{O}{R}{N}介绍，{D}将以{T}为抓手，持续{verb}{obj}，全力推动{goal}。
  截至目前，{P}已累计实施{T}项目{n}个，惠及{people}{nnn}余人次。
  今年以来，{D}围绕{T}，聚焦{obj}，推出{n}项具体举措。
  走进{P}{V}，{rscene}。
  {T}是一项系统工程，既要{verb}{obj}，也要{verb}{obj}。
  下一步，{O}将继续{verb}{obj}，进一步{verb}{obj}，为{goal}贡献力量。
  与此同时，{D}还建立“{tag}”工作机制，确保各项任务落地见效。
  数据显示，{lastyear}年{D}{metric}达{money}，同比增长{pct}。
  在{P}，{people}对{T}带来的变化感受最深。
  {time}，记者在{L}看到，{escene}。
  这只是{D}推进{T}的一个缩影。
  近年来，{P}坚持{verb}{obj}与{verb}{obj}并重，走出了一条具有{DS}特色的发展路子。
  目前，该项目已完成总工程量的{pct}，预计{month}底投入使用。
  {O}相关负责人表示，将把{T}作为{year}年的重点工作，细化任务清单，压实工作责任。
  活动现场，{escene}。
  为推动{goal}，{D}出台《关于{verb}{obj}的若干意见》，从{few}个方面提出具体举措。
  这些举措实施以来，{people}的获得感、幸福感、安全感不断增强。
  {O}抽调{n}名业务骨干组成工作专班，实行“{tag}”，做到问题早发现、早处置。
  在此基础上，{D}还将{T}纳入年度考核，每月通报进展情况。
  记者了解到，{O}已与{org}签订合作协议，双方将在{T}、{T2}等领域开展深度合作。
  {P}地处{DS}{dir}部，交通便利，产业基础扎实。
  去年，{V}村集体经济经营性收入突破{nn}万元。
  当天，{nn}余名{people}参加了活动。
  “{tag}”这句话，如今已成为{P}干部群众的共识。
  面对{T}中的新情况新问题，{O}主动作为，{verb}{obj}，取得了积极成效。
  从“{tag}”到“{tag}”，{P}的变化有目共睹。
  一组数据见证变化：{lastyear}年，{D}新增{T}项目{n}个，总投资{money}。
  {date}{time}，{D}{T}现场推进会在{P}举行。
  {year}年，{D}计划实施{T}项目{nn}个，年度计划投资{money}。
  不少{people}表示，{benefit}。
  按照计划，{O}将在{month}前完成{obj}优化提升工作。
  此外，{O}还开通了{T}咨询热线，及时回应{people}关切。
  会议强调，要{verb}{obj}，{verb}{obj}，确保{T}各项工作落到实处。
  会议指出，{T}事关{goal}，各地各部门要{adv}{verb}{obj}。
  {R}{N}一边{action}，一边向记者介绍{T}的进展情况。
  经过{few}个月的努力，{P}{T}工作已初见成效。
  在{P}，这样的变化还有很多。
  {S}期间，{O}安排工作人员轮流值守，确保{people}{benefit}。
  说起{T}，{N}有说不完的话。
  {O}还建立了问题清单、责任清单和整改清单，对照清单逐项销号。
  如今，{P}已有{n}个村（社区）实现{T}全覆盖。
  一年多来，{O}先后走访{people}{nnn}余户，收集意见建议{nn}条。
  “{tag}”“{tag}”……一项项务实举措，让{T}有了实实在在的抓手。
  如何让{T}真正惠及{people}？{D}给出的答案是{verb}{obj}。
  {D}还将{T}与{T2}结合起来，推动两者相互促进。
  这一做法得到了{people}的普遍认可，目前已在全{ds}推广。
  从{L}到{P}，{T}的成效处处可见。
  在{L}周边，{n}个配套项目正在加紧建设。
  记者注意到，{O}门口的公告栏上，张贴着{T}的办理流程和联系电话。
  针对{people}反映集中的问题，{O}梳理形成{few}张问题清单，逐一推动解决。
  {D}将继续坚持问题导向，在{obj}上持续发力。
  {T}工作开展以来，{D}已累计投入资金{money}。
  {lastmonth}，{O}牵头完成了{T}的摸底调查，共走访{nnn}户。
  {P}党委书记{name}说，群众满意不满意，是检验{T}成效的唯一标准。
  为了把好事办好，{O}事先征求了{nn}余条意见，对方案进行了{few}轮修改。
  谈及下一步打算，{N}显得信心满满。
  “{tag}”机制运行以来，{P}累计解决各类问题{nn}个。
  {P}还引入第三方机构，对{T}工作开展满意度测评，结果显示群众满意率达{hipct}。
  这一变化的背后，是{D}持续{verb}{obj}的不懈努力。
  {O}建立了{T}工作月度例会制度，定期研究解决难点问题。
  根据方案，到{year}年底，{D}{T}相关指标将全部达到省定标准。
  {D}将{T}细化为{n}项具体任务，明确责任单位和完成时限。
  记者在现场看到，{cscene}。
  据{R}{N}回忆，几年前这里还是另一番景象。
  截至{lastmonth}底，{D}已完成年度{T}任务的{pct}。
  {O}负责人坦言，{T}工作中还存在一些短板，需要下更大力气解决。
  {O}先后组织{T}专题培训{n}期，培训基层干部{nnn}人次。
  在{V}，一块写着“{tag}”的牌子格外醒目。
  {N}所在的{V}，是{P}推进{T}的试点之一。
  {D}将{T}工作经费列入财政预算，今年安排专项资金{money}。
  {D}专门出台考核办法，把{T}完成情况与评先评优挂钩。
  {O}联合{org}对{P}{T}情况开展联合检查，发现并整改问题{n}个。
  随后，{O}又组织{people}代表召开座谈会，面对面听取意见。
  “原来{T}还可以这样做！”不少前来参观的{people}感叹。
  {D}还在全{ds}范围内评选出{n}个{T}示范点，发挥示范引领作用。
  几个月下来，{P}的{T}面貌焕然一新。
  为解决资金难题，{P}多方筹措资金{money}，并引入社会资本参与。
  {O}把群众提出的{nn}条意见逐条梳理，形成整改清单。
  目前，这一模式已在{D}{few}个镇（街道）复制推广。
  按照“{tag}”的思路，{P}把{T}工作细化到每个网格。
  {P}的做法，为全{ds}推进{T}提供了有益借鉴。
  {people}的意见建议，{O}都一一记录在案，能解决的马上解决。
  从年初开始，{D}就把{T}列为“一把手”工程。
  {O}建立了{T}项目库，入库项目{nn}个，总投资{money}。
`);

/** Clauses composed into sentences of their own: an opener, a subject, one to three predicates and a tail. */
export const OPENERS = words(`
  今年以来 近年来 {date} {date}{time} 日前 近日 昨天 去年以来 截至目前 据了解 据悉 与此同时 此外 在此基础上 下一步 接下来
  为此 一直以来 {lastmonth}以来 记者从{O}了解到 据{O}统计 据{R}{N}介绍 在{P} 在{L}一带 {S}前后 从{lastyear}年起 目前
  围绕{T} 聚焦{T} 针对{T}中的短板 按照年初部署 对照目标任务 在推进{T}过程中 {year}年 今年上半年 去年下半年
`);
export const SUBJECTS = words(`
  {O} {P} {D} 该镇 当地 全市 相关部门 {org} 各村（社区） {gov} {V} {D}各镇（街道） 全{ds}上下 {P}党委政府 {D}各部门
`);
/** Modifiers and nouns of composed objects (数字 + 服务体系): far more pairs than any list. */
export const OBJECT_MODIFIERS = words(`公共 数字 产业 城乡 基层 民生 服务 创新 人才 安全 生态 文化 应急 监管 要素 治理 消费 开放 协同 智慧 绿色 乡村 社区 企业 科技 法治 金融 交通 教育 医疗`);
export const OBJECT_NOUNS = words(`体系 机制 平台 网络 环境 生态 队伍 能力 水平 质效 功能 底座 格局 品牌 场景 链条 阵地 标准 保障 布局 矩阵 流程 效能 服务`);
export const TAILS = lines(`
  取得明显成效
  为{goal}打下坚实基础
  让{people}{benefit}
  累计服务{people}{nnn}余人次
  {metric}同比增长{pct}
  得到{people}广泛好评
  形成了可复制可推广的经验
  相关做法被省里推广
  各项指标位居全市前列
  为全年工作开好局、起好步
  推动{T}提质增效
  着力破解{T}中的难点堵点
  不断提升{people}满意度
  跑出了{T}“加速度”
  交出了一份亮眼的成绩单
  为{T2}注入新动能
`);

/** Opening sentences (after any dateline), by domain. */
export const LEDES: Readonly<Record<Domain, readonly string[]>> = {
  gov: lines(`
    {date}，{D}召开{T}工作会议，总结{lastyear}年工作，部署{year}年重点任务。
    {date}{time}，全市{T}推进会召开，会议对下一阶段工作作出具体部署。
    {date}，{D}党政主要领导带队赴{P}调研{T}工作。
    记者从{O}获悉，{year}年{D}将重点实施{T}项目{nn}个，总投资{money}。
    {date}，{D}举行{year}年第{few}批重大项目集中开工仪式，{n}个项目集中开工，总投资{money}。
    {date}，{D}召开常委会会议，专题研究{T}工作。
    {date}{time}，{D}{T}工作领导小组召开第{few}次会议。
    {date}，市委主要领导赴{D}调研，实地察看{T}推进情况。
  `),
  economy: lines(`
    {date}，{C}新建的{CI}生产线正式投产，预计年产值可达{money}。
    记者从{O}获悉，今年前{sofar}个月，{D}{metric}同比增长{pct}，增速位居全市前列。
    {date}，{D}{T}产业招商推介会举行，现场签约项目{n}个，总投资{money}。
    走进{C}的生产车间，{fscene}。
    {date}{time}，{bank}与{D}签署战略合作协议，未来{few}年将提供意向性融资{money}。
    {date}，总投资{money}的{C}{CI}项目在{P}开工建设。
    今年以来，{D}把{T}作为稳增长的重要抓手，一批重点企业实现逆势增长。
    记者从{D}统计部门获悉，{lastyear}年全{ds}{metric}首次突破{money}。
  `),
  agri: lines(`
    {S}时节，走进{P}{V}，{rscene}。
    {date}，记者在{P}的田间地头看到，{rscene}。
    眼下正值{S}，{P}的农户们抢抓农时，{rscene}。
    记者从{O}获悉，今年{D}{crop}种植面积达{nnn}亩，较去年增加{pct}。
    {date}，{D}{T}现场观摩会在{P}{V}举行。
    {date}一早，{V}种植户{N}就来到自家田里，查看{crop}长势。
  `),
  society: lines(`
    {date}{time}，在{P}{V}的邻里中心，{cscene}。
    记者从{O}获悉，今年{D}将实施{T}民生实事项目{n}个，目前已完成{pct}。
    {date}，{O}联合{org}在{P}开展{T}主题活动，吸引{nnn}余名{people}参加。
    家住{P}{V}的{N}最近遇到一件烦心事，好在{T}服务帮了大忙。
    {date}，{P}{V}的{T}服务点正式启用，{people}在家门口就能办事。
    “{tag}”，这是{P}{V}推进{T}的一句口号，也是一种工作方法。
  `),
  education: lines(`
    {date}，{school}{T}活动启动，全校{nnn}余名学生参加。
    记者从{O}获悉，今年{D}将新建、改扩建学校{few}所，新增学位{nnn}个。
    {date}{time}，{school}的课堂上，孩子们正围坐在一起讨论{T}。
    {date}，{D}{T}工作现场会在{school}召开。
  `),
  health: lines(`
    {date}，{hospital}{T}门诊正式开诊，首日接诊{nn}余人次。
    记者从{O}获悉，今年以来，{D}{T}工作扎实推进，服务群众{nnn}余人次。
    {S}前后，{hospital}门诊量明显增加，其中不少是{people}。
    {date}，{hospital}专家团队走进{P}{V}，为{people}开展义诊。
  `),
  culture: lines(`
    {date}{time}，“{tag}”{T}展在{L}开展，展出作品{nn}余件。
    {date}，{D}{T}系列活动在{L}启动，活动将持续至{month}底。
    {S}期间，{L}游人如织，{escene}。
    在{P}，{N}守着{T}这门手艺已有{nn}年。
    {date}晚，一场以{T}为主题的文艺演出在{L}上演。
  `),
  sports: lines(`
    {date}，{year}{DS}{T}比赛在{L}开赛，{n}支队伍{nnn}余名运动员参赛。
    {date}{time}，随着一声枪响，{year}{DS}{T}赛事在{L}鸣枪开跑。
    {date}，{D}第{n}届社区运动会落下帷幕，{D}代表队获得团体第一名。
    {date}，{year}年{D}{T}联赛在{P}体育馆打响。
  `),
  world: lines(`
    {WB}{date}发布报告说，{year}年全球{T}面临新的挑战。
    第{n}届{T}国际论坛{date}在这里开幕，来自{nn}个国家和地区的代表参加。
    当地时间{date}，{T}国际会议在这里闭幕，与会各方通过了一份联合声明。
    {WB}{date}在这里举行新闻发布会，介绍{T}领域最新进展。
  `),
  opinion: lines(`
    近日，{D}推出{T}新举措，引发{people}广泛关注。
    最近，{P}的一项{T}做法，在网上收获了不少点赞。
    {T}，是{people}最关心的事之一。
    据本报报道，{P}{V}在{T}上探索出一条新路子。
  `),
  essay: lines(`
    记忆中的{T}，总是和{S}连在一起。
    我是在{P}长大的，那里的{T}至今还常常出现在我的梦里。
    又到{S}，我又想起了{P}的{T}。
    {P}是个小地方，却装着我大半辈子的念想。
  `),
};

/** Sentences of each domain's own kind. */
export const SENTENCES: Readonly<Record<Domain, readonly string[]>> = {
  gov: lines(`
    会议要求，各级各部门要{adv}{verb}{obj}，以钉钉子精神抓好各项工作落实。
    {D}主要负责人在调研时强调，要把{T}作为一项长期任务，{verb}{obj}。
    在{P}，调研组详细了解了{T}推进情况，并与基层干部群众深入交流。
    会议听取了{T}工作情况汇报，研究部署了{T2}等工作。
    {year}年，{D}将聚焦{T}，实施{few}大专项行动。
    全{ds}上下要进一步统一思想，凝聚共识，推动{T}取得更大突破。
    会议对{lastyear}年度{T}工作先进集体和先进个人进行了表彰。
    今年，{D}把{T}列入民生实事项目，安排资金{money}。
    {D}将建立健全{T}工作协调机制，每季度召开一次专题会议。
    调研中，{D}负责人一行还走访了{C}，详细了解企业生产经营情况。
    会议强调，要树牢正确政绩观，坚持干字当头、实字为先，以实绩实效检验{T}成色。
    会议要求，要统筹发展和安全，守牢{T}各项底线。
    调研组一行先后来到{V}、{C}等地，实地察看{T}工作开展情况。
    {D}负责人指出，当前{T}正处于爬坡过坎的关键期，必须保持定力、持续用力。
    会上，{n}个镇（街道）和部门作了交流发言。
    会议审议通过了《{D}{T}三年行动方案》。
    {D}将对照年度目标，实行清单化管理、项目化推进。
    座谈会上，企业家代表和基层干部围绕{T}畅所欲言。
  `),
  economy: lines(`
    {C}是一家专注于{CI}的企业，产品远销{n}个国家和地区。
    在{C}的生产车间里，{fscene}。
    {lastyear}年，{C}实现产值{money}，同比增长{pct}。
    今年一季度，{D}规上工业增加值增长{pct}，高于全市平均水平。
    {C}投资{money}建设的{CI}项目，目前主体工程已经完工。
    企业{R}{N}告诉记者，今年的订单已经排到了{month}。
    去年以来，{D}累计兑现各类惠企资金{money}，惠及企业{nn}家。
    {D}现有国家高新技术企业{nn}家，省科技型中小企业{nn}家。
    依托{T}，{C}新上了{few}条智能化生产线，生产效率提升了{pct}。
    在{L}附近，一批{industry}企业正加快集聚。
    {bank}推出“{product}”专属产品，为小微企业提供纯信用贷款。
    截至{lastmonth}末，{bank}各项贷款余额达{money}，较年初增加{money}。
    在{T}领域，{D}已集聚上下游企业{nn}余家，形成较为完整的产业链。
    外贸方面，{D}前{sofar}个月实现进出口总额{money}，其中出口增长{pct}。
    {C}自主研发的新产品已获得{n}项发明专利，市场反响良好。
    {gov}专门成立了服务企业专班，为企业提供“一对一”服务。
    记者在{C}的展厅看到，各类{CI}产品整齐陈列。
    随着{T}加快发展，{D}的产业结构持续优化。
    目前，{D}{T}相关企业已达{nn}家，年营收超过{money}。
    从接洽到签约，{C}的项目只用了{n}天，从签约到开工只用了{nn}天。
    {C}的研发投入占营业收入的比重已超过{pct}。
    {lastyear}年，{D}新招引亿元以上项目{nn}个，其中{T}项目占比超过{pct}。
    {C}的产品，如今已进入多家知名企业的供应链。
    面对市场变化，{C}主动调整产品结构，开拓新兴市场。
    {D}为{C}量身定制了服务方案，帮助企业解决用地、用工等难题。
    在{C}的数字化车间，一块大屏实时显示着各条产线的运行数据。
    {C}负责人{N}说，企业今年计划再投入{money}用于技术改造。
    {D}还设立了{money}的产业基金，重点投向{T}领域。
  `),
  agri: lines(`
    在{P}{V}的田间，{rscene}。
    今年，{P}计划种植{crop}{nnn}亩，预计亩产可达{nnn}斤。
    {V}引进{crop}新品种{few}个，亩均收益提高{nnn}元。
    {N}是{V}的种粮大户，今年流转土地{nnn}亩。
    农技人员深入田间地头，指导农户做好{S}各项工作。
    {P}依托{T}，发展{crop}种植{nnn}亩，带动{nn}户农户增收。
    去年，{V}村集体经济收入突破{nnn}万元，村民人均收入增长{pct}。
    {V}的{crop}通过电商平台销往全国各地，供不应求。
    为保障{S}顺利进行，{O}提前调配农机{nnn}台（套）。
    {D}今年新建高标准农田{nnn}亩，农田灌溉条件明显改善。
    {N}算了一笔账：一亩{crop}的纯收入能有{nnn}元，比种传统作物高出不少。
    {V}成立了{crop}专业合作社，统一品种、统一技术、统一销售。
    无人机在田间低空飞行，几分钟就完成了一块田的植保作业。
    {V}把闲置农房改造成民宿，吸引城里游客前来体验农家生活。
    今年，{O}组织农技专家开展技术指导{nn}余场次，覆盖农户{nnn}余户。
    {V}的{crop}基地里，工人们正忙着采收、分拣、装箱。
    {P}积极推广“{tag}”模式，让村集体和农户共享发展成果。
  `),
  society: lines(`
    在{P}{V}，{cscene}。
    {V}现有常住人口{nnn}人，其中新居民占比超过{pct}。
    社区组建了由{nn}名志愿者组成的服务队，定期上门开展{T}服务。
    {O}今年计划改造老旧小区{nn}个，惠及居民{nnn}户。
    {people}只需在手机上轻点几下，就能预约{T}服务。
    针对{people}反映的{T}问题，{O}开展专项整治，累计排查隐患{nnn}处。
    工作人员耐心地向{people}讲解{T}知识，并发放宣传资料{nnn}余份。
    民警提醒，广大市民要提高警惕，遇到可疑情况及时拨打110报警。
    {age}岁的{N}是{V}的老住户，见证了社区的一点一滴变化。
    社区食堂每天为{nn}名老人提供午餐，每餐价格在{n}元左右。
    {V}把{T}写进村规民约，村民自觉遵守。
    如今，{V}的楼道干净了，车辆停放整齐了，{people}脸上的笑容也多了。
    网格员每天都要在辖区里走上一圈，看看有没有需要帮忙的地方。
    {V}还建起了“{tag}”议事厅，居民有事可以坐下来商量着办。
    {O}将继续加大巡查力度，对违规行为发现一起、查处一起。
    {V}的老年活动室里，几位老人正在下棋，旁边围了不少看热闹的人。
    物业公司还在小区里增设了{n}个充电桩，解决了居民的充电难题。
    {V}今年还将新增停车位{nn}个，缓解停车难问题。
    {N}说，以前遇到事不知道找谁，现在一个电话网格员就上门了。
    {O}在{P}设立了{n}个{T}服务点，方便群众就近办理。
  `),
  education: lines(`
    {school}开设了{n}门特色课程，涵盖{T}、{T2}等内容。
    课堂上，孩子们一会儿动手操作，一会儿分组讨论，气氛十分活跃。
    {school}校长{N}表示，学校将{verb}{obj}，让每个孩子都能{benefit}。
    全市共有{nnn}名学生参加了本次活动。
    {D}教育部门今年招聘新教师{nn}名，进一步充实教师队伍。
    {school}与{C}共建实训基地，学生在真实岗位上学习技能。
    不少家长表示，孩子放学后有了去处，自己下班也不用着急了。
    {school}还邀请{people}走进课堂，讲述身边的故事。
    今年，{D}将投入{money}用于改善中小学办学条件。
    {school}的{T}经验，已在全{ds}{n}所学校推广。
    老师{name}说，{T}让孩子们的眼睛更亮了，学习兴趣也更浓了。
  `),
  health: lines(`
    {hospital}日前开设{T}门诊，每周{weekday}全天接诊。
    专家提醒，{S}期间要注意{tip}。
    去年，{D}家庭医生签约服务覆盖{nnn}余人，重点人群签约率达{hipct}。
    {hospital}{R}{N}介绍，近期医院门诊量较前期增长{pct}。
    医生建议，{tip}，如有不适应及时就医。
    {hospital}与{P}卫生院组建医共体，专家每周下沉坐诊。
    {people}在家门口就能享受到三甲医院专家的诊疗服务。
    {D}今年将新建{few}家社区卫生服务站，实现“15分钟医疗服务圈”全覆盖。
    医生{name}提醒，老年人和慢性病患者要特别注意{tip}。
    {hospital}还开通了线上复诊和药品配送服务，患者足不出户就能续方取药。
    {P}卫生院组织医护人员上门为行动不便的老人提供健康服务。
  `),
  culture: lines(`
    {L}内，{escene}。
    本次展览共展出作品{nn}余件，展期持续至{month}底。
    {N}从事{T}已有{nn}年，是{D}级非遗代表性传承人。
    近年来，{D}建成城市书房{n}家、文化驿站{nn}个，打造“15分钟品质文化生活圈”。
    演出当晚，{L}座无虚席，{people}不时报以热烈掌声。
    活动期间，{L}共接待游客{nnn}人次，实现旅游收入{money}。
    这些作品题材丰富，生动展现了{P}的风土人情。
    {T}进校园、进社区、进礼堂，让更多{people}感受到传统文化的魅力。
    展厅里，一件件展品讲述着{P}的历史变迁。
    {N}的工作室里，摆满了各式各样的作品，有的已经有几十年历史。
    “{tag}”系列活动已连续举办{few}届，成为{DS}的一张文化名片。
    {D}今年将推出{n}条文旅精品线路，串联{L}等景点。
    不少外地游客专程赶来，一边欣赏{T}，一边打卡拍照。
  `),
  sports: lines(`
    本次比赛共有{n}支队伍、{nnn}余名运动员参加。
    经过激烈角逐，{D}代表队获得团体第一名。
    比赛设{T}、{T2}等{n}个项目，分青少年组和成人组进行。
    {N}获得个人组冠军，这是他第{few}次参加此项赛事。
    {D}今年新建健身步道{nn}公里、社区多功能运动场{n}个。
    赛道沿途设置了{n}个补给站，{nnn}余名志愿者提供服务。
    近年来，{D}每年举办各类群众性体育赛事{nn}余场。
    比赛间隙，不少{people}走上场地，和运动员一起互动。
    {N}今年{age}岁，坚持锻炼已有十多年。
    赛事期间，周边酒店、餐饮等消费明显增长。
    {D}体育部门表示，将以赛事为契机，推动全民健身与{T2}深度融合。
  `),
  world: lines(`
    报告指出，全球{T}相关投资较上年增长{pct}，但增速有所放缓。
    {WB}官员表示，各方应加强合作，共同应对{T}带来的挑战。
    分析人士认为，{T}问题的解决有赖于各国加强沟通协调。
    据当地媒体报道，会议吸引了来自{nn}个国家和地区的{nnn}余名代表参加。
    与会专家认为，{T}将成为未来一段时期国际合作的重要领域。
    报告预计，到{year}年底，全球{T}市场规模将达到{money}。
    {WB}呼吁各国加大投入，推动{T}领域务实合作。
    与会代表围绕{T}、{T2}等议题展开讨论。
    {WB}当天在{city}发表声明，表示将继续支持{T}相关工作。
    数据显示，过去{few}年间，全球{T}领域的国际合作项目增加了{pct}。
    多位与会者表示，{T}与{T2}密切相关，需要统筹推进。
    {city}当地时间{date}，数百名专家学者齐聚一堂，共商{T}议题。
    报告同时警告，如不采取有效措施，{T}相关风险可能进一步上升。
    有专家指出，发展中国家在{T}领域仍面临资金和技术短缺等问题。
    按照计划，下一届论坛将于明年在{city}举行。
    会议期间，各方还就{T2}等问题交换了意见。
    {WB}负责人在开幕式上致辞时说，{T}关乎各国人民的切身利益。
    据介绍，这是{WB}首次就{T}发布专题报告。
    报告建议，各国应制定更加有力的政策，加快{T}领域的技术研发和推广应用。
    与会者普遍认为，{T}需要政府、企业和社会各方共同参与。
    {city}一家研究机构的报告显示，{T}领域的就业人数在过去一年增长了{pct}。
    据统计，目前已有{nn}个国家出台了与{T}相关的国家战略。
  `),
  opinion: lines(`
    {T}，说到底是为了让群众过上更好的日子。
    做好{T}，既要有“{tag}”的韧劲，也要有“{tag}”的巧劲。
    群众的事无小事，{verb}{obj}，关键在于把工作做细做实。
    “{tag}”的背后，是{O}对{people}需求的精准回应。
    要看到，{T}不是一朝一夕之功，需要久久为功、持之以恒。
    从这个意义上说，{T}既是考题，也是机遇。
    只有把{people}的急难愁盼放在心上，{T}才能真正落地生根。
    期待更多地方在{T}上{verb}{obj}，让{goal}的成色更足。
    当然，{T}也不能一味求快，更要注重实效。
    好的政策，要让{people}看得见、摸得着、用得上。
    现实中，一些地方在{T}上还存在重形式、轻实效的问题。
    衡量{T}成效，不能只看数字，更要看群众口碑。
    {T}没有旁观者，每个人都是参与者，也是受益者。
    一项举措好不好，群众心里有杆秤。
    破解{T}难题，既需要顶层设计，也需要基层探索。
    说一千道一万，{T}最终要落到具体的人和事上。
  `),
  essay: lines(`
    那时候，{memory}。
    多年以后，我再回到{P}，{memory}。
    {memory}，这样的日子，如今想来竟有几分奢侈。
    母亲常说，{saying}。
    我站在{L}边上，看{scenery}。
    {scenery}，一切都还是旧时的模样。
    后来我才明白，{saying}。
    {S}的傍晚，{scenery}。
    {memory}，那是我童年最快乐的时光。
    如今的{P}早已变了样，{scenery}。
    我常常想起{T}，想起{memory}的那些日子。
    {S}一到，{scenery}，{P}便有了另一番味道。
    人到中年，才懂得{saying}。
    那条通往{L}的小路，我走了许多年。
    {memory}，如今回想起来，仿佛就在昨天。
    我给远方的朋友写信，说起{P}的{T}，说起{scenery}。
    祖父是个不爱说话的人，可说起{T}，话就多了起来。
    时间是最好的过滤器，留下来的都是值得珍藏的。
    我把这些记在心里，像收藏一枚旧邮票。
    有些味道，只有在故乡才能尝到。
    {T}还在，只是看{T}的人换了一茬又一茬。
    走在{P}的老街上，脚步不由得慢了下来。
  `),
};

/** What people are quoted saying: clauses joined into one quotation. */
export const QUOTES = lines(`
  现在办事真是方便多了
  以前要跑好几趟，现在一次就能办好
  我们将继续{verb}{obj}
  有了{T}，我们心里更有底了
  这是我们今年的头等大事
  接下来我们打算再扩大规模
  企业发展离不开好的环境
  只要肯干，日子就会越过越红火
  {T}做得好不好，群众说了算
  我们要把每一件小事都办好
  今年的形势比去年好
  订单多了，我们的干劲也更足了
  没想到家门口就有这么好的服务
  这些年{P}的变化太大了
  我们会把群众的意见一条一条落实好
  下一步还要在{obj}上下功夫
  大家都很支持，参与的人越来越多
  我们心里有本账，每一笔都算得清清楚楚
  困难肯定有，但办法总比困难多
  {T}是一件长久的事，急不得
  我们希望有更多年轻人回来
  政策好，我们更要努力
  这件事我们已经琢磨了好几年
  每天来的人都不少，周末更多
  这是大家一起努力的结果
  看到{people}满意，我们就放心了
  一开始大家都有顾虑，后来看到效果，都主动来问了
  我们算过一笔账，一年能省下{nn}万元
  这个项目对我们来说意义重大
  {T}这件事，我们要一直做下去
  有问题就解决问题，不能等
  现在年轻人也愿意留在村里了
  以前想都不敢想，现在都实现了
  我们的目标是再用{few}年时间，把规模翻一番
  群众有需要，我们就要有回应
  这里的环境好，服务也好，我们选对了地方
  孩子们很喜欢，每次来都不想走
  关键是要让老百姓真正得到实惠
  这几年最大的感受，就是心里越来越踏实
  每一个环节都不能马虎
`);

/** Closing sentences of a report. */
export const CLOSINGS = lines(`
  下一步，{O}将继续{verb}{obj}，推动{T}工作再上新台阶。
  据悉，{D}将在总结经验的基础上，逐步在全{ds}推广这一做法。
  接下来，{P}将以此为契机，{verb}{obj}，为{goal}作出新的贡献。
  {O}{R}表示，将持续{verb}{obj}，让{people}有更多获得感。
  活动将持续至{month}底，{people}可通过线上线下多种方式参与。
  据了解，{D}今年还将推出一批{T}项目，进一步满足{people}需求。
  {O}表示，将以此次活动为起点，推动{T}常态化、长效化。
  展望{year}年，{P}将继续在{T}上下功夫，努力让群众生活更加美好。
  {D}有关负责人表示，{T}没有终点，只有连续不断的新起点。
`);

/**
 * Headlines by domain; each must come out at 8 to 28 Han characters (retried
 * otherwise). Each opens with a slot: a slug is made from a headline's first
 * words, so headlines that open alike would crowd one slug with suffixes.
 */
export const HEADLINES: Readonly<Record<Domain, readonly string[]>> = {
  gov: lines(`
    {P}召开{T}工作会议
    {P}{T}跑出加速度
    {P}部署{year}年{T}重点工作
    {P}以{T}为抓手{verb}{obj}
    {P}{T}：{verb}{obj} {verb}{obj}
    {P}{n}个{T}项目集中开工 总投资{money}
    {T}推进会在{P}召开
    {P}出台{n}条举措{verb}{obj}
    {V}{T}跑出“加速度”
    {P}{T}交出亮眼成绩单
    {P}奋力推进{T}走在前列
    {P}调研{T}工作时强调{verb}{obj}
    {V}把{T}作为民生头等大事
    {P}以“{tag}”撬动{T}
    {T}在{P}：从“有没有”到“好不好”
    {P}{T}三年行动方案出炉
    {V}的{T}新答卷
  `),
  economy: lines(`
    {C}：{verb}{obj}跑出发展加速度
    {P}{T}产值突破{nn}亿元
    前{sofar}月{P}外贸进出口增长{pct}
    {P}{n}家企业入选省级{T}名单
    {P}{verb}{obj} {bank}助力{T}
    {T}为{P}制造注入新动能
    {P}小微企业融资有了新渠道
    {P}一季度{T}稳中向好
    {P}{T}企业订单排到{month}
    {P}{T}产业链加速成链成群
    {C}新生产线投产 年产值可达{money}
    {P}{T}招商推介会签约{n}个项目
    {C}的“智造”新路
    {P}{T}激活县域经济一池春水
    {P}总投资{money}的{T}项目开工
    {P}{CI}产业集群加速崛起
  `),
  agri: lines(`
    {P}{T}正当时
    {V}的{crop}丰收了
    {P}{few}万亩{crop}进入收获期
    {crop}专家走进{V}田间送技术
    {T}让{V}变了模样
    {P}抢抓农时忙{S}
    {V}：小{crop}做成富民大产业
    {P}推进{T} 助农增收
    {V}村集体经济收入突破{nnn}万元
    {crop}种植户{N}的新账本
  `),
  society: lines(`
    {P}{n}个老旧小区启动改造
    {V}家门口的{T}服务更暖心了
    {T}进{V} {people}受益多
    {P}探索{T}新路径
    {P}{nn}名志愿者守护{people}出行
    {P}开展{T}专项行动
    {V}：{T}里的新变化
    {T}走进{V} 服务送到家门口
    {P}{T}工作再上新台阶
    {V}的“{tag}”故事
    {P}{V}的{T}小事
  `),
  education: lines(`
    {P}{school}{n}门特色课程受欢迎
    {P}今年新增学位{nnn}个
    {P}的孩子们这样上开学第一课
    {T}让{P}校园更有活力
    {P}{T}改革取得新进展
    {P}学子在省级{T}比赛中获佳绩
    {T}进{P}校园 {people}点赞
  `),
  health: lines(`
    {P}开设{T}门诊
    {S}时节 {P}医生提醒做好健康防护
    {P}家庭医生签约服务覆盖{nn}万人
    {T}让{P}群众看病更方便
    {P}推进{T} 守护群众健康
    {P}群众家门口看名医
    {hospital}专家团队走进{V}
  `),
  culture: lines(`
    在{L}感受{T}的魅力
    {P}非遗传承人{N}：一生守护{T}
    {T}点亮{P}文化生活
    {P}{n}场文艺演出送到{people}家门口
    {T}主题展在{L}开展
    {P}{T}活动精彩纷呈
    {S}假期{L}游人如织
    {V}的{T}传承人
  `),
  sports: lines(`
    {year}{P}{T}比赛鸣枪开赛
    {P}代表队获{T}比赛团体冠军
    {nnn}名选手{L}竞技{T}
    {P}全民健身热潮涌动
    {P}第{n}届社区运动会落幕
    {P}家门口的体育公园成了{people}新去处
    {T}爱好者{N}：{few}年跑过{nn}场比赛
  `),
  world: lines(`
    {W}发布{T}报告
    第{n}届{T}国际论坛在{city}开幕
    {city}举行{T}国际会议
    {W}{T}合作迎来新机遇
    {W}{T}投资持续增长
    {W}呼吁加强{T}领域合作
    {W}推出{T}新计划
  `),
  opinion: lines(`
    让{P}的{T}更有温度
    {T}要在“实”字上下功夫
    以{T}提升{people}获得感
    {P}{T}贵在久久为功
    别让{people}在{T}上犯难
    {T}既要快也要实
    从{V}的{T}看作风转变
    {V}的{T}启示
    {P}的{T}为何叫好
    从{P}“{tag}”说起
  `),
  essay: lines(`
    {P}的{T}与{season}
    那年{S}，{P}的{T}
    记忆里的{T}和{L}
    又见{P}的{T}与{L}
    {L}旁的{T}往事
  `),
};

export const KICKERS = lines(`
  {DS}
  {P}
  {T}
  聚焦{T}
  {S}
  {column}
  {DS}观察
  {T}进行时
`);

export const SUBTITLES = lines(`
  ——{P}{verb}{obj}纪实
  ——记{P}{V}{R}{N}
  ——{O}{T}工作侧记
  ——来自{P}的调查
  ——{D}{T}工作综述
`);

/** Subheads of longer reports: short, no comma (ingest reads a comma as prose). */
export const SUBHEADS = lines(`
  {verb}{obj}
  聚焦{T}
  让{people}{benefit2}
  {T}有了新抓手
  从“{tag}”到“{tag}”
  {verb}{obj}有实招
  {P}的新探索
  答好{T}这道题
  做强{T}文章
  打通最后一公里
  {T}见实效
  {adv}{verb}{obj}
  {V}的变化
  一张蓝图绘到底
`);

/** Photo captions: the credit is added separately. */
export const CAPTIONS = lines(`
  {date}，{people}在{L}参观游览。
  {P}{V}的{people}正在参加{T}活动。
  {O}工作人员为{people}提供{T}服务。
  {C}的生产车间内，工人正在赶制订单。
  {time}，{L}一带景色宜人。
  {date}，{T}活动现场。
  {people}在{P}体验{T}。
  {P}{V}新貌。
  志愿者在{P}开展{T}宣传。
  {date}，运动员在比赛中。
  {date}，{P}{V}的农户在田间劳作。
  {people}在{L}拍照留念。
  {date}，{O}工作人员在{P}走访{people}。
`);

/** Scenes by setting: a workshop, fields and villages, a community or service hall, an event. */
export const FACTORY_SCENES = lines(`
  机器轰鸣，工人们正忙着赶制订单
  智能化生产线高速运转，一件件产品依次下线
  流水线上，机械臂精准地完成焊接、装配等工序
  自动导引车在车间里来回穿梭，运送着物料
  技术人员盯着屏幕，实时调整设备参数
  刚下线的产品经过检测后被打包装箱，准备发往各地
  几名工人正在调试新到的设备，现场一片忙碌
`);
export const RURAL_SCENES = lines(`
  道路干净整洁，房前屋后绿意盎然
  一排排大棚整齐排列，农户们正在棚内忙碌
  田野里一片金黄，收割机来回穿梭
  农户们正在育秧大棚里查看秧苗长势
  河道清澈见底，两岸垂柳依依
  白墙黛瓦的农房错落有致，小河绕村而过
  村口的小广场上挂起了红灯笼，年味渐浓
  几台旋耕机在田里来回作业，翻起阵阵泥浪
  村民们在文化礼堂前的空地上晒着自家的农产品
`);
export const COMMUNITY_SCENES = lines(`
  志愿者们穿着红马甲，热情地为群众答疑解惑
  服务大厅里秩序井然，群众有序排队办理业务
  新修的健身步道上，不少市民正在散步锻炼
  几位老人正围坐在一起，边喝茶边聊家常
  社区食堂里飘出饭菜香，老人们陆续前来用餐
  工作人员正在为前来咨询的居民逐一登记
  楼道里的杂物已清理干净，墙面焕然一新
`);
export const EVENT_SCENES = lines(`
  展台前人头攒动，不少市民驻足观看
  孩子们围坐在一起，认真听老师讲解
  文化礼堂里歌声阵阵，村民们正在排练节目
  门店里顾客络绎不绝，店员们忙个不停
  现场气氛热烈，掌声、欢笑声此起彼伏
  游客们三五成群，边走边拍，兴致正浓
  舞台上，演员们的精彩表演引来阵阵喝彩
`);
export const BENEFITS = lines(`
  办事比以前方便多了
  在家门口就能享受到优质服务
  少跑了不少冤枉路
  生活越来越有奔头
  心里踏实多了
  出行更加便捷
  看病不用再往城里跑
  孩子放学有了好去处
  日子过得更舒心了
  有事找得到人、办得成事
`);
export const BENEFITS_SHORT = words('少跑腿 更舒心 得实惠 有获得感 住得更好 办事更方便');
export const TAGS = words(`
  一事一议 一户一策 最多跑一次 网格连心 有事好商量 马上就办 红色代办 共富工坊 邻里守望 金牌管家 小事不出村
  党建引领 三服务 千企万户 企业服务日 民生议事会 周末义诊 为民服务日 亲清直通车 项目攻坚年 百千万工程
  一网通办 无感审批 快速响应 专班推进 入企走访 五星支部 幸福清单 全域秀美 一老一小 暖心驿站 美丽庭院
  一件事 代办帮办 夜间延时 村民说事 乡贤议事 红色管家 老娘舅 积分兑换 邻里节 家门口就业
`);
export const METRICS = words(`
  规上工业增加值 社会消费品零售总额 固定资产投资 外贸进出口总额 地区生产总值 农村居民人均可支配收入
  一般公共预算收入 数字经济核心产业增加值 高新技术产业投资 实际使用外资 旅游总收入 新增贷款 规上服务业营收 工业投资
`);
export const PRODUCTS = words('科创贷 兴农贷 人才贷 共富贷 惠企贷 复工贷 强村贷 外贸贷 绿色贷 园区贷 乡村振兴卡 普惠快贷');
export const CROPS = words('水稻 小麦 油菜 葡萄 草莓 甜瓜 芦笋 茭白 生姜 菱角 湖羊 蚕桑 黄桃 蘑菇 西瓜 番茄 青虾 南湖菱 杭白菊 雪菜');
export const ADVERBS = words('切实 坚决 全力 持续 进一步 扎实 主动 加快');
export const DIRECTIONS = words('东 西 南 北 东北 西北 东南 西南 中');
export const ACTIONS = lines(`
  查看台账
  翻看工作记录
  指着墙上的展板
  带着记者走进车间
  沿着河道往前走
  打开手机上的工作群
`);
export const TIPS = lines(`
  合理膳食、适量运动
  早晚温差大，及时增减衣物
  少去人员密集场所
  避免长时间在高温环境下活动
  保持规律作息，不要熬夜
  老人和儿童做好防护
`);
export const WEEKDAYS = [...'一二三四五六'];
export const MEMORIES_BASE = lines(`
  外婆总在河埠头洗菜，我在一旁看小鱼游来游去
  我们一群孩子沿着田埂奔跑，直到炊烟升起才回家
  街角的小铺子里飘出刚出锅的粽子香
  父亲撑着小船，带我去镇上赶集
  夏夜里，一家人坐在院子里乘凉，听大人讲古
  冬天的早晨，窗户上结满了冰花
  老街上的石板路被雨水洗得发亮
  我放学后总要在桥头的书摊前站上半天
  祖母坐在门槛上剥毛豆，一边剥一边哼着小调
  过年前，家家户户都要打年糕、做酱鸭
`);
export const SAYINGS = lines(`
  日子是一天一天过出来的
  人不能忘了自己从哪里来
  慢一点，才能看清路上的风景
  过日子就像种庄稼，急不得
  一家人在一起，就是最好的时光
  吃得苦中苦，方知甜中甜
`);
export const SCENERIES_BASE = lines(`
  河水静静地流淌，偶尔有一两只小船划过
  夕阳把整条街都染成了金黄色
  桥下的流水还是那样不紧不慢
  远处的稻田连成一片，风一吹便起了层层波浪
  细雨落在青瓦上，发出沙沙的声响
  晚归的鸟儿掠过水面，飞向远处的林子
  月光洒在河面上，碎成一片一片的银子
`);

/** Pieces of composed sentences (prose.ts #composed): ways, results, and counted things. */
export const MEANS = words(`线上线下结合 上门走访 集中宣讲 专题培训 现场观摩 结对帮扶 数字赋能 以奖代补 政策激励 典型示范 积分管理
  志愿服务 联合执法 网格排查 问卷调查 圆桌恳谈 清单管理 专班推进 挂图作战 揭榜挂帅 定期通报 交叉检查 送政策上门`);
export const FOCUSES = lines(`
  以{T}为抓手
  围绕{T}
  聚焦{obj}
  紧扣{goal}
  坚持问题导向
  立足{DS}实际
  对标先进地区
  把{T}摆在突出位置
  坚持系统思维
  坚持把{T}作为“一号工程”
  牢牢抓住{T}这个关键
`);
export const RESULTS = lines(`
  累计{counted}
  {metric}同比增长{pct}
  覆盖{people}{nnn}余人
  惠及{people}{nnn}余户
  相关经验被{gov}推广
  问题整改率达{hipct}
  {people}满意率提升至{hipct}
  比原计划提前{n}天完成
  {T}工作综合排名进入全市前列
  一批难题得到有效破解
  群众反映的{nn}个问题全部销号
  {nn}个村（社区）实现全覆盖
  带动{people}增收{nn}万元
  节约成本{pct}
  办理时限压缩了{pct}
  获评省级示范
  相关做法入选全省典型案例
  群众投诉量同比下降{pct}
  服务效率提升{pct}
  新增就业岗位{nnn}个
  吸引社会资本{money}
  带动周边{nn}家企业协同发展
  累计受益群众{nnn}余人
  月均服务{people}{nnn}人次
  年均增收{nn}万元
  {T2}水平同步提升
  基本实现“{tag}”
  {people}获得感明显增强
`);
/** Where composed sentences start from: a time, an area of work. */
export const SINCE = lines(`
  截至目前
  截至{lastmonth}底
  今年以来
  去年全年
  近三年来
  自{lastmonth}以来
  {lastyear}年以来
  开展专项行动以来
  从年初到现在
  过去一年
`);
export const ASPECTS = lines(`
  在{T}方面
  在{obj}上
  围绕{T}
  针对{T}中的薄弱环节
  在推进{T}中
  在{T}和{T2}的结合点上
  从{T}入手
  以{T}为切口
`);
/** Things done and counted, each with its own verb (建成 roads, 走访 households). */
export const COUNTED = lines(`
  完成{n}个项目
  引进{nn}家企业
  举办{nn}场活动
  走访{nnn}户农户
  引进{nn}名人才
  排查{nnn}处点位
  建成{n}公里道路
  新建{nnn}亩高标准农田
  建成{nnn}套保障性住房
  收集{nn}条意见建议
  化解{nn}个矛盾纠纷
  打造{nn}个应用场景
  建成{nn}个服务点
  覆盖{n}个村（社区）
  培育{nn}家专精特新企业
  改造{n}个老旧小区
  发放补贴{money}
  帮扶{nnn}户困难家庭
  开展培训{nn}期
`);

/** The world page's own pieces: countries, officials, their foreign names, what they judge. */
export const COUNTRIES = words(`法国 德国 巴西 南非 印度尼西亚 埃及 肯尼亚 泰国 新加坡 阿根廷 墨西哥 澳大利亚 意大利 西班牙 加拿大
  沙特阿拉伯 马来西亚 越南 哈萨克斯坦 土耳其 智利 秘鲁 尼日利亚 新西兰 挪威 瑞典 芬兰 荷兰 葡萄牙 希腊 波兰 匈牙利
  塞尔维亚 乌兹别克斯坦 巴基斯坦 孟加拉国 斯里兰卡 老挝 柬埔寨 菲律宾 蒙古国 阿联酋 卡塔尔 摩洛哥 埃塞俄比亚 坦桑尼亚 赞比亚`);
export const OFFICIALS = words('总统 总理 外长 经济部长 环境部长 卫生部长 贸易部长 财政部长 能源部长 科技部长 农业部长 驻华大使 央行行长 议长');
export const FOREIGN_GIVEN = words('约翰 马克 大卫 彼得 安娜 玛丽亚 卡洛斯 艾哈迈德 穆罕默德 阿里 伊万 让 汉斯 索菲亚 路易斯 奥马尔 埃琳娜 托马斯 拉斐尔 法蒂玛');
export const FOREIGN_FAMILY = words('史密斯 拉森 加西亚 穆勒 佩雷斯 罗德里格斯 哈桑 易卜拉欣 伊万诺夫 杜邦 罗西 费尔南德斯 科瓦尔斯基 安德森 奥卡福 席尔瓦 马丁 冈萨雷斯 施密特 贝克');
export const JUDGEMENTS = lines(`
  {T}是各国面临的共同课题
  各方应摒弃分歧，加强{T}领域合作
  {W}愿与各方一道推动{T}取得新进展
  国际社会应更加重视{T}问题
  {T}领域的合作前景广阔
  {T}离不开多边合作，任何国家都难以独善其身
  发展中国家在{T}方面的合理诉求应得到充分尊重
  {W}将继续加大在{T}领域的投入
  {T}的进展关系到全球可持续发展目标的实现
`);
export const WORLD_METRICS = words('投资规模 市场规模 相关就业 贸易额 装机容量 参与人数 融资额 研发投入');
export const WORLD_SHAPES = lines(`
  {WB}{date}发布的报告显示，{year}年全球{T}{wmetric}同比增长{pct}。
  {W}{official}{fname}{date}表示，{judge}。
  据{W}媒体报道，{W}政府近日宣布，将投入{n}亿美元用于{T}相关项目。
  {W}和{country}{date}在{city}签署了一项关于{T}的协议。
  {WB}数据显示，{W}{T}{wmetric}已连续{few}年位居{region}前列。
  {W}{official}在接受采访时说，{judge}。
  {fname}是{W}一家研究机构的负责人，认为{judge}。
  {country}{official}{fname}说，{country}在{T}方面取得的经验值得借鉴。
  {region}多国近期相继出台措施，加快推进{T}。
  {country}统计部门公布的数据显示，该国{T}{wmetric}比上年增长{pct}。
`);
export const REGIONS = words('欧洲 亚洲 非洲 拉美 中东 东南亚 中亚 北欧 南太平洋 加勒比');
export const ESSAY_SHAPES = lines(`
  我记得，{memory}。
  {scenery}，{memory}。
  {memory}。{saying}，这是很多年后我才懂的。
  那一年{S}，{memory}。
  {scenery}，我忽然想起{name}，想起{memory}的那些年。
  在{P}，{scenery}。
  {saying}，祖母这样说的时候，{scenery}。
  如今再去{L}，{scenery}，只是{memory}的光景再也回不来了。
`);
export const MORE_MEMORIES = lines(`
  隔壁的阿婆总会塞给我一把炒豆子
  放学路上，我们总爱在河边打水漂
  冬夜里，母亲在灯下纳鞋底，针线穿过布面沙沙作响
  夏天的午后，蝉声一阵紧过一阵
  村口的老樟树下，总有人摆着棋摊
  每到秋收，全村人都到晒谷场上帮忙
  父亲骑着二八自行车，载着我穿过长长的田埂
  镇上的电影院一放露天电影，半个村子的人都去了
  下雨天，我们躲在廊下看雨水顺着屋檐滴成一串
  灶膛里的柴火噼啪作响，锅里的米饭香气扑鼻
`);
export const MORE_SCENERIES = lines(`
  河埠头的石阶被岁月磨得光滑
  油菜花开得正盛，一直铺到天边
  远处传来几声犬吠，村庄又归于宁静
  湖面上起了一层薄雾，近处的柳枝若隐若现
  老屋的门楣上，还留着当年的春联痕迹
  一场秋雨过后，空气里满是桂花的香气
  街边的小吃摊冒着热气，摊主吆喝着招呼客人
`);

export const MEMORIES = [...MEMORIES_BASE, ...MORE_MEMORIES];
export const SCENERIES = [...SCENERIES_BASE, ...MORE_SCENERIES];

/** Parts of an essay's remembered scenes, joined freely: 每到{S}，外婆总爱在河埠头剥毛豆，空气里飘着稻香。 */
export const ESSAY_WHO = words('外婆 祖父 祖母 父亲 母亲 邻居家的阿婆 隔壁的阿公 小伙伴们 舅舅 姑妈 老船工 镇上的剃头师傅 村里的老木匠');
export const ESSAY_WHEN = words('每到{S} 夏夜里 冬天的早晨 放学后 逢年过节 雨后 清明前后 腊月里 天刚蒙蒙亮 黄昏时分 农忙时节 月亮升起的时候');
export const ESSAY_WHERE = words('在河埠头 在老屋的院子里 在桥头 在田埂上 在灶台边 在晒谷场上 在{L}边 在屋檐下 在门前的石阶上 在镇上的茶馆里 在运河边 在竹林旁');
export const ESSAY_DOING = words('洗菜 剥毛豆 纳鞋底 做年糕 讲故事 晒被子 编竹篮 打水漂 捉萤火虫 放风筝 钓鱼 摇着蒲扇乘凉 腌咸菜 包粽子 修农具 哼小调 晒稻谷 择菜 听评弹 下象棋');
export const ESSAY_SMELL = words('桂花香 稻香 粽叶香 炊烟味 雨后泥土的气息 新米的清香 腌菜的咸香 栀子花香 菱角的清甜 柴火饭的焦香');
export const ESSAY_SOUND = words('蝉鸣 蛙声 橹声 叫卖声 雨打芭蕉的声音 远处的鸡鸣 风吹竹叶的沙沙声 老式收音机里的越剧 孩子们的嬉闹声 石臼舂米的闷响');
export const ESSAY_FEELING = words('心里暖暖的 说不出的安宁 鼻子一酸 恍如隔世 又近又远 满是欢喜 有些怅然 格外踏实');
export const ESSAY_COMPOSED = lines(`
  {ewhen}，{ewho}总爱{ewhere}{edoing}，空气里飘着{esmell}。
  我至今还记得，{ewhen}{ewhere}，耳边是{esound}。
  {ewho}{ewhere}{edoing}的样子，我一闭眼就能看见。
  那些年，{ewhen}，{ewhere}总能听见{esound}。
  每次想起{ewho}{edoing}的背影，我便{efeel}。
  {ewhen}，我跟着{ewho}{ewhere}{edoing}，一待就是大半天。
  闻到{esmell}，我便{efeel}，仿佛又回到了{P}。
  {ewhen}的{P}，{esound}和{esmell}交织在一起。
  多年过去了，{ewho}{ewhere}{edoing}的情景，一直留在我心里。
  如今{ewhere}再也听不到{esound}，我站了很久，{efeel}。
  {ewho}常说，{saying}。
  {esound}从{ewhere}传来，{ewho}抬起头，笑了笑。
  {ewhen}，{ewhere}，{ewho}教我{edoing}，一教就是一个下午。
  有一回{ewhen}，{ewho}{ewhere}{edoing}，我在一旁看得入了迷。
  {scenery}，{ewho}说，这就是{P}最好的时候。
  我问{ewho}，为什么总爱{ewhere}{edoing}，{ewho}只是笑，不说话。
  {ewhen}，{esmell}飘满了整条街，{ewho}说{S}快到了。
  离开{P}以后，我再没见过有人{ewhere}{edoing}。
`);
export const MORE_WORLD_SHAPES = lines(`
  {W}外交部发言人{date}说，{W}愿同各方加强{T}领域的对话与合作。
  {wbody}在{city}举行的会议上通过决议，呼吁各方加大对{T}的支持力度。
  {W}是{region}{T}领域的重要参与者，近年来相关投资增长迅速。
  来自{country}、{country}和{country}的专家参加了研讨。
  {fname}表示，{W}和{country}在{T}领域的合作潜力巨大。
  {country}{official}{fname}当天在{city}会见了{wbody}负责人，双方就{T}交换了意见。
  按照{W}政府公布的计划，到{year}年底，该国{T}{wmetric}将提高{pct}。
  {region}国家近年来在{T}方面的合作日益密切，已启动{n}个联合项目。
  {wbody}特别代表{fname}在{city}举行的记者会上说，{judge}。
  {country}议会日前通过一项法案，旨在推动{T}健康发展。
  {city}的一场展会上，来自{nn}个国家的{nnn}家企业展示了{T}领域的最新成果。
  {country}多家媒体当天以较大篇幅报道了{T}相关议题。
`);
