package org.carbonsim.cli.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.carbonsim.cli.text.Text;

/**
 * Every figure the report shows, in one place: its name, what kind of quantity it is (which decides
 * its unit and formatting) and its definition, in English and Chinese. The headline definitions say
 * what README's "What the headline figures mean" says. Table headings take their tooltips from here and
 * the page's glossary lists the entries a page shows, so a heading and its definition cannot disagree.
 */
public final class Glossary {
    /**
     * One figure.
     *
     * @param key the name in summary.json (camelCase); CSV columns are looked up by {@link #find}
     * @param term the figure's name, without unit
     * @param kind its quantity, for the unit and formatting
     * @param definition what it is
     */
    public record Entry(String key, Text term, Quantity kind, Text definition) {}

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    /**
     * The entries, four lines each and a blank line between: {@code key KIND English term | Chinese
     * term}, the English definition, the Chinese definition. A table rather than code, so that the
     * definitions read as text and a reviewer can set one beside README's.
     */
    private static final String TABLE =
            """
            year YEAR Year | 年份
            The compliance year.
            履约年度。

            close PRICE Close | 收盘价
            The price of the year's last trade on its last trading day, CNY/t (if nothing traded that day, the price of that day's primary auction where one sold, else the previous close).
            当年最后一个交易日最后一笔成交的价格，元/吨（当日无成交则取当日配额拍卖的成交价，无拍卖成交则沿用前收盘价）。

            vwap PRICE VWAP | 成交量加权均价
            The volume-weighted average price of the year's exchange trades, turnover ÷ volume rounded down to the fen, CNY/t (the close when nothing traded).
            当年交易所成交的成交量加权平均价格：成交额 ÷ 成交量，向下取整到分，元/吨（无成交时取收盘价）。

            volume TONNES Volume | 成交量
            Allowances traded on the exchange, t.
            在交易所成交的配额数量，吨。

            turnover YUAN Turnover | 成交额
            The value of the exchange trades: price × quantity summed, CNY.
            交易所成交的金额：价格 × 数量之和，元。

            blockAgreementTrade TEXT Block agreement trade | 大宗协议交易
            A trade of at least the market's minimum (100,000 t on the national market) that two covered enterprises negotiate off the order book, between the day's morning and afternoon sessions, at a price within a wider band around the previous close (±30% on the national market); it counts in the year's volume, turnover and VWAP but sets no price of the day.
            两家纳入企业在订单簿之外协商达成、数量不低于市场起点（全国市场为 10 万吨）的交易，在当日上午与下午交易时段之间进行，价格在前收盘价上下更宽的幅度内（全国市场为 ±30%）；计入当年成交量、成交额和成交量加权均价，但不形成当日价格。

            blockVolume TONNES Block volume | 大宗协议成交量
            Allowances traded in block agreements, part of the volume, t.
            以大宗协议成交的配额数量（成交量的一部分），吨。

            blockShare RATE Block share | 大宗协议占比
            Block volume ÷ volume: the share of the year's exchange volume traded in block agreements (n/a when nothing traded).
            大宗协议成交量 ÷ 成交量：当年交易所成交量中以大宗协议成交的比例（无成交时为 n/a）。

            blockTurnover YUAN Block turnover | 大宗协议成交额
            The value of the block agreement trades, part of the turnover, CNY.
            大宗协议成交的金额（成交额的一部分），元。

            coveredEnterprises COUNT Covered enterprises | 纳入企业数
            Enterprises the scheme covers that year (above the threshold, or in a covered sector).
            当年纳入碳市场管控的企业数（达到门槛或属于纳入行业）。

            coveredEmissions TONNES Covered emissions | 纳入排放量
            The verified emissions of the covered enterprises, t.
            纳入企业的核查排放量，吨。

            cap TONNES Cap | 配额总量
            The year's total allowances: free allocation, auction volume and the government and new-entrant reserves, t.
            当年配额总量：免费分配、拍卖量以及政府预留和新增预留，吨。

            allocated TONNES Allocated free | 免费分配
            Allowances allocated free of charge, after the true-up, t.
            免费分配的配额（含事后调整），吨。

            auctioned TONNES Auctioned | 拍卖量
            Allowances sold at auction, t.
            拍卖出售的配额，吨。

            emissions TONNES Emissions | 排放量
            Verified emissions after abatement, t.
            减排之后的核查排放量，吨。

            abatement TONNES Abatement | 减排量
            Emissions avoided against business as usual, t.
            相对照常情景减少的排放，吨。

            offsetsUsed TONNES Offsets used | 使用的抵销量
            Offset credits (such as CCER) surrendered for compliance, t.
            用于履约清缴的抵销信用（如 CCER），吨。

            offsets TONNES Offsets | 抵销量
            Offset credits (such as CCER) surrendered for compliance; in a study, over the whole run, t.
            用于履约清缴的抵销信用（如 CCER）；在研究中为整个运行期间的合计，吨。

            surrendered TONNES Surrendered | 清缴量
            Allowances surrendered at the deadline, t.
            履约截止时清缴的配额，吨。

            shortfall TONNES Shortfall | 缺口
            Tonnes of verified emissions not covered by allowances or offsets at the deadline, t.
            履约截止时未被配额或抵销覆盖的核查排放，吨。

            bought TONNES Bought | 买入
            Allowances bought on the exchange, t.
            在交易所买入的配额，吨。

            sold TONNES Sold | 卖出
            Allowances sold on the exchange, t.
            在交易所卖出的配额，吨。

            banked TONNES Banked | 结转量
            Allowances held over to the next year after compliance, t.
            履约后结转至下一年的配额，吨。

            cancelled TONNES Cancelled | 注销量
            Allowances the banking rule cancelled at the deadline instead of carrying them into the next year, t.
            履约截止时因结转规则不得结转而注销的配额，吨。

            deducted TONNES Deducted | 扣减量
            Tonnes withheld from the year's issue for what the enterprise owed (a deduction for an earlier shortfall or a misreport, tonnes borrowed); the allocation counts them, t.
            因此前缺口、数据造假或借用而从本年发放中扣减的配额；分配量包含这部分，吨。

            complianceRate RATE Compliance rate | 履约率
            The share of covered enterprises that met their obligation in full at the deadline (surrendered allowances and offsets covering verified emissions).
            在履约截止时足额履约（清缴的配额与抵销覆盖核查排放）的纳入企业所占比例。

            penalties YUAN Penalties | 罚款
            Fines for shortfalls under the scenario's penalty rule, CNY.
            按情景的处罚规则对缺口征收的罚款，元。

            equilibriumPrice PRICE Equilibrium price | 均衡价格
            The headline least-cost reference, CNY/t. Where the scenario allows banking it is the intertemporal least-cost path over all the run's years: while the bank is positive the price rises at the discount rate (Hotelling); where the bank is empty the path restarts (Rubin 1996; Schennach 2000). Where banking is forbidden it is the one-year price.
            主要的最低成本参照价格，元/吨。情景允许储存时，它是整个模拟期的跨期最低成本路径：配额存量为正时价格按贴现率上升（Hotelling）；存量为零时路径重新开始（Rubin 1996；Schennach 2000）。禁止储存时即为单年均衡价格。

            equilibriumPriceOneYear PRICE One-year equilibrium price | 单年均衡价格
            The price at which the year's least-cost abatement and offsets alone close the gap between expected business-as-usual emissions and the allowances issued or held at the year's start. It ignores what a banked allowance is worth later, so it is 0 in a year with a surplus even when banking firms abate.
            仅靠当年最低成本减排与抵销即可弥合预期照常排放与年初已发放或持有配额之间缺口的价格。它不考虑储存配额日后的价值，因此在配额富余的年份为 0，即使储存配额的企业在减排。

            abatementCost YUAN Abatement cost | 减排成本
            What the firms' realised abatement cost, CNY.
            企业实际减排所花费的成本，元。

            leastCostAbatementCost YUAN Least-cost abatement cost | 最低减排成本
            What the firms' abatement costs when each abates where its marginal cost is at or below the reference price, CNY.
            每家企业在边际成本不高于参照价格处减排时的减排成本，元。

            realisedCost YUAN Realised cost | 实际成本
            Abatement, offsets bought and fines, CNY.
            减排、购买抵销与罚款的合计，元。

            efficiency RATIO Efficiency | 效率
            The reference's cost ÷ the realised cost. The reference's cost is least-cost abatement, offsets at their price, and unmet tonnes at the year's fine per tonne short; the realised cost is abatement, offsets bought and fines. 1 is the least-cost outcome, and the ratio is at most 1 up to rounding when the market meets the same gap. n/a (undefined, never 0) where the reference needs no costly abatement or nothing was spent. Against the banking-aware path a single year can read above 1: a market that abates less than the path in one year abates more in another. The reference's supply is the rules' as each year opens, without what the government reserve sells during the year, so a whole run whose reserve sells can read above 1 too.
            参照成本 ÷ 实际成本。参照成本为最低成本减排、按其价格计的抵销及未完成吨数按当年每吨缺口罚款计的费用；实际成本为减排、购买抵销与罚款。1 为最低成本结果；市场弥合相同缺口时该比值（除舍入外）不超过 1。参照无需有成本的减排或没有任何支出时无定义，显示为 n/a（从不为 0）。相对考虑储存的路径，单一年份可能大于 1：某年减排少于路径的市场会在另一年减排更多。参照的配额供给为各年年初按规则确定的数量，不含政府储备在年内出售的配额，因此储备有出售的整个模拟期也可能大于 1。

            efficiencyOneYear RATIO One-year efficiency | 单年效率
            The efficiency against the one-year reference.
            相对单年参照的效率。

            abatementLeastCost YUAN Least cost of the realised abatement | 实际减排量的最低成本
            The least cost of the tonnes the covered enterprises abated: the same total spread over their abatement curves at their actual business-as-usual emissions, cheapest tonnes first, every step of a curve available, CNY.
            纳入企业实际减排量的最低成本：将相同的减排总量按各企业在实际照常排放下的减排成本曲线从最便宜处起分配（曲线各档技术均可用），元。

            costEffectiveness RATIO Cost-effectiveness | 成本有效性
            The least cost of the realised abatement ÷ what that abatement cost: 1 when the tonnes were abated where they cost least (marginal abatement costs equalised), and at most 1 up to rounding, whatever the supply. It leaves out offsets, fines and how much was abated. n/a (undefined, never 0) where nothing was spent on abatement.
            实际减排量的最低成本 ÷ 该减排的实际成本：减排发生在成本最低之处（边际减排成本相等）时为 1，无论配额供给如何，除舍入外不超过 1。它不计抵销、罚款及减排多少。没有减排支出时无定义，显示为 n/a（从不为 0）。

            limitHits COUNT Limit hits | 触及涨跌停次数
            Trading days on which the price reached the daily limit up or down.
            价格触及当日涨停或跌停的交易日数。

            interventions COUNT Interventions | 干预次数
            Government market interventions (reserve sales or buy-backs) under the scenario's rule.
            按情景规则进行的政府市场干预（储备投放或回购）次数。

            turnoverRatio RATIO Turnover ratio | 换手率
            Tonnes traded on the exchange in the year ÷ the year's cap. n/a when the cap is 0.
            当年交易所成交量 ÷ 当年配额总量。总量为 0 时为 n/a。

            noTradeDays COUNT No-trade days | 无成交日数
            Trading days of the year on which nothing traded.
            当年没有任何成交的交易日数。

            lastDaysVolumeShare RATE Volume share of the last 20 days | 最后 20 个交易日成交占比
            The share of the year's volume traded in its last 20 trading days (the deadline rush). n/a when nothing traded.
            当年最后 20 个交易日的成交量占全年成交量的比例（履约前集中交易）。全年无成交时为 n/a。

            spread PRICE Bid-ask spread | 买卖价差
            Best ask minus best bid, sampled after every round of continuous trading in which both were quoted and averaged over those rounds (a time-weighted mean, since rounds are equal slices of the day), CNY/t. n/a when the book was never quoted on both sides.
            每轮连续交易结束时最优卖价减最优买价（仅计双边均有报价的轮次）的平均值（各轮为交易日中相等的时段，故为时间加权平均），元/吨。订单簿从未双边报价时为 n/a。

            sector TEXT Sector | 行业
            The sector, as the scenario names it.
            行业，名称取自情景。

            sectorId TEXT Sector id | 行业编号
            The sector's id in the scenario.
            情景中的行业编号。

            enterprise TEXT Enterprise | 企业
            The enterprise, as the scenario or its register names it (its id where neither gives a name).
            企业，名称取自情景或企业名录（未给名称时为企业编号）。

            enterpriseId TEXT Enterprise id | 企业编号
            The enterprise's id in the scenario.
            情景中的企业编号。

            covered TEXT Covered | 是否纳入
            Whether the scheme covers the enterprise that year.
            该企业当年是否被纳入管控。

            reason TEXT Reason | 原因
            Why the enterprise is covered or not (threshold, sector, exit).
            企业被纳入或未被纳入的原因（门槛、行业、退出）。

            newEntrant TEXT New entrant | 新增企业
            Whether the enterprise entered the scheme that year.
            企业是否于当年新纳入。

            day COUNT Day | 交易日
            The 0-based trading day of the year.
            当年的交易日序号（从 0 开始）。

            kind TEXT Kind | 类型
            An intervention or a primary auction.
            干预或一级市场拍卖。

            direction TEXT Direction | 方向
            Sell (reserve sale) or buy (buy-back).
            sell（储备投放）或 buy（回购）。

            quantity TONNES Quantity | 数量
            Tonnes ordered or sold, t.
            下单或成交的吨数，吨。

            tonnes TONNES Tonnes | 吨数
            Tonnes ordered or sold, t.
            下单或成交的吨数，吨。

            trueEmissions TONNES True emissions | 真实排放量
            What the covered enterprises emitted, before any measurement error or misreport, t.
            纳入企业实际排放的数量（未计测量误差或虚报），吨。

            measuredEmissions TONNES Measured emissions | 监测排放量
            What the covered enterprises' monitoring measured: true emissions with each method's error, t.
            纳入企业监测得到的排放量：真实排放加上各监测方法的误差，吨。

            reportedEmissions TONNES Reported emissions | 报告排放量
            What the covered enterprises reported: measured emissions less the tonnes they hid, t.
            纳入企业报告的排放量：监测排放量减去隐瞒的部分，吨。

            complianceEmissions TONNES Compliance emissions | 履约排放量
            What the covered enterprises surrendered allowances for: reported emissions, with the hidden tonnes added back where an audit found them, t.
            纳入企业据以清缴配额的排放量：报告排放量，核查发现虚报的补回隐瞒部分，吨。

            hidden TONNES Hidden | 隐瞒量
            Tonnes the covered enterprises left out of their reports on purpose, found or not, t.
            纳入企业故意未报告的排放量（无论是否被发现），吨。

            undetectedGap TONNES Undetected gap | 未发现缺口
            True emissions − compliance emissions: the environmental-integrity loss, negative where methods over-state, t.
            真实排放量 − 履约排放量：环境完整性损失，监测方法高估时为负，吨。

            cbamLiability YUAN CBAM liability | CBAM 应缴额
            What the EU's carbon border adjustment would charge on the exports of the sectors it names: embedded tonnes times the CBAM factor, at the EU allowance price less the carbon price effectively paid in China; in a study, over the whole run, CNY. 0 without CBAM rules.
            欧盟碳边境调节机制对所列行业出口品的应缴额：隐含排放乘以 CBAM 系数，按欧盟配额价格减去在中国实际支付的碳价计；在研究中为整个运行期间的合计，元。无 CBAM 规则时为 0。

            cbamGoods TEXT CBAM goods | CBAM 商品类别
            The sector's goods in CBAM's scope: cement, iron and steel, aluminium, fertilisers, hydrogen or electricity.
            该行业属于 CBAM 范围的商品类别：水泥、钢铁、铝、化肥、氢或电力。

            exportingEnterprises COUNT Exporting enterprises | 出口企业数
            Operating enterprises of the sector with exports to the EU in the year.
            当年有对欧盟出口的在营企业数。

            euExportsUnits RATIO EU exports (product units) | 对欧出口量（产品单位）
            Output exported to the EU, in the sector's product unit.
            出口到欧盟的产量，以该行业的产品单位计。

            embeddedEmissions TONNES Embedded emissions | 隐含排放
            Emissions embedded in the exports to the EU: export share × output × embedded intensity, t.
            对欧出口品的隐含排放：出口比例 × 产量 × 隐含排放强度，吨。

            cbamFactor RATE CBAM factor | CBAM 系数
            The year's share of the full CBAM liability the EU charges: 0 before 2026, rising as free allocation in the EU is phased out.
            当年欧盟征收的 CBAM 全额比例：2026 年前为 0，随欧盟免费配额逐步取消而上升。

            euPrice PRICE EU price | 欧盟配额价格
            The EU allowance price at the year's exchange rate, CNY/t.
            按当年汇率折算的欧盟配额价格，元/吨。

            allowancePrice PRICE Allowance price | 国内配额价格
            The domestic allowance price used: the year's VWAP, CNY/t.
            所用的国内配额价格：当年成交量加权均价，元/吨。

            effectivePrice PRICE Effective price paid in China | 国内实际碳价
            The carbon price effectively paid in China, net of free allocation, weighted by embedded emissions, CNY/t.
            扣除免费分配后在中国实际支付的碳价，按隐含排放加权，元/吨。

            grossCbam YUAN Gross CBAM bill | CBAM 总额
            What the EU would charge were no carbon price paid in China, CNY.
            若在中国未支付任何碳价，欧盟将征收的金额，元。

            shiftedHome YUAN Shifted home | 留在国内
            Gross bill − CBAM liability: the part of the bill China's carbon price keeps at home, CNY.
            CBAM 总额 − 应缴额：国内碳价留在国内的部分，元。

            allocationForgone YUAN Allocation forgone | 免费配额让出
            What a fully paid domestic price would also keep at home, which free allocation leaves to the EU, CNY.
            若国内碳价全额支付还可留在国内、因免费分配而让给欧盟的部分，元。

            underReportingEnterprises COUNT Under-reporting enterprises | 少报企业数
            Covered enterprises that hid tonnes in the year.
            当年隐瞒排放的纳入企业数。

            audits COUNT Audits | 抽查数
            Reports the verifiers audited in the year.
            当年核查机构抽查的报告数。

            detections COUNT Detections | 查出数
            Misreports the audits found in the year.
            当年抽查查出的虚报数。

            corrected TONNES Corrected | 补正量
            Hidden tonnes the audits found and added back to what the enterprises surrender for, t.
            抽查查出并补回清缴依据的隐瞒排放量，吨。

            dataQualityFines YUAN Data-quality fines | 数据质量罚款
            Fines for misreports the audits found, CNY.
            对抽查查出的虚报所处罚款，元。

            allocationDeduction TONNES Allocation deduction | 配额核减
            Tonnes taken from next year's allocation of the enterprises whose misreports were found, t.
            从被查出虚报企业下一年度配额中核减的数量，吨。

            requested TONNES Requested | 申报量
            Tonnes requested or offered, t.
            申报或提供的吨数，吨。

            price PRICE Price | 价格
            The auction's clearing price, CNY/t.
            拍卖的出清价格，元/吨。
            """;

    static {
        for (String block : TABLE.strip().split("\n\\s*\n")) {
            String[] lines = block.strip().split("\n");
            String[] head = lines[0].strip().split(" ", 3);
            String[] terms = head[2].split("\\|");
            ENTRIES.put(
                    head[0],
                    new Entry(
                            head[0],
                            Text.of(terms[0].strip(), terms[1].strip()),
                            Quantity.valueOf(head[1]),
                            Text.of(lines[1].strip(), lines[2].strip())));
        }
        alias("allocation", "allocated", "Allocation", "分配量");
        alias("offsets", "offsetsUsed", "Offsets", "抵销量");
        alias("penalty", "penalties", "Penalty", "罚款");
    }

    /** The statistics of a Monte Carlo metric, as montecarlo.json names them. */
    static final List<Entry> STATISTICS = List.of(
            stat("n", "n", "样本数", "Replications in which the metric is defined.", "该指标有定义的重复次数。"),
            stat("mean", "Mean", "均值", "The mean over the replications.", "各次重复的平均值。"),
            stat("sd", "SD", "标准差", "The standard deviation over the replications.", "各次重复的标准差。"),
            stat(
                    "standardError",
                    "Standard error",
                    "标准误",
                    "The standard error of the mean: SD ÷ √n.",
                    "均值的标准误：标准差 ÷ √n。"),
            stat(
                    "ci95Low",
                    "95% CI low",
                    "95% 置信区间下限",
                    "The lower end of the 95% t confidence interval of the mean. Not clipped at 0: with few"
                            + " replications it can be below 0 for a figure that cannot be negative.",
                    "均值的 95% t 置信区间下限。不在 0 处截断：重复次数少时，不可能为负的指标也可能低于 0。"),
            stat(
                    "ci95High",
                    "95% CI high",
                    "95% 置信区间上限",
                    "The upper end of the 95% t confidence interval of the mean.",
                    "均值的 95% t 置信区间上限。"),
            stat("p5", "P5", "第 5 百分位", "The 5th percentile over the replications.", "各次重复的第 5 百分位数。"),
            stat("p25", "P25", "第 25 百分位", "The 25th percentile over the replications.", "各次重复的第 25 百分位数。"),
            stat("p50", "Median", "中位数", "The median over the replications.", "各次重复的中位数。"),
            stat("p75", "P75", "第 75 百分位", "The 75th percentile over the replications.", "各次重复的第 75 百分位数。"),
            stat("p95", "P95", "第 95 百分位", "The 95th percentile over the replications.", "各次重复的第 95 百分位数。"),
            stat("min", "Min", "最小值", "The smallest value over the replications.", "各次重复的最小值。"),
            stat("max", "Max", "最大值", "The largest value over the replications.", "各次重复的最大值。"));

    private static Entry stat(String key, String en, String zh, String defEn, String defZh) {
        return new Entry(key, Text.of(en, zh), Quantity.RATIO, Text.of(defEn, defZh));
    }

    /**
     * A CSV column's entry under its own name, with {@code of}'s kind and definition: sectors.csv's
     * {@code allocation} is annual.csv's {@code allocated} per sector.
     */
    private static void alias(String key, String of, String en, String zh) {
        Entry e = ENTRIES.get(of);
        ENTRIES.put(key, new Entry(key, Text.of(en, zh), e.kind(), e.definition()));
    }

    private Glossary() {}

    /** Every entry, in the page's order. */
    public static List<Entry> all() {
        return List.copyOf(ENTRIES.values());
    }

    /**
     * The entry of a summary.json field or a CSV column: {@code covered_enterprises} and {@code
     * coveredEnterprises} alike, with a unit suffix ({@code _t}, {@code _cny}, {@code _cny_per_t}) and a
     * {@code _name} suffix ignored, so renamed columns keep their definitions.
     */
    public static Optional<Entry> find(String name) {
        Entry direct = ENTRIES.get(name);
        if (direct != null) {
            return Optional.of(direct);
        }
        String base = name.toLowerCase(Locale.ROOT);
        Entry whole = ENTRIES.get(camelCase(base));
        if (whole != null) {
            return Optional.of(whole);
        }
        for (String suffix : List.of("_cny_per_t", "_cny", "_t", "_name", "_id")) {
            if (base.endsWith(suffix)) {
                base = base.substring(0, base.length() - suffix.length());
                break;
            }
        }
        return Optional.ofNullable(ENTRIES.get(camelCase(base)));
    }

    private static String camelCase(String snake) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }
}
