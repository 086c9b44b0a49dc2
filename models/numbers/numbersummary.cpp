#include "numbersummary.h"

#include "numberchecks.h"
#include "numbertablemodel.h"

#include <QTimer>

#include <algorithm>
#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
constexpr int AreaCodes = 1000;

// The area code of a North American number ("+14155550100": 415), or -1.
int areaCodeOf(const QString &e164)
{
    if (e164.size() < 5 || !e164.startsWith(u"+1"))
        return -1;
    int code = 0;
    for (int i = 2; i < 5; ++i) {
        const char16_t c = e164.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        code = code * 10 + (c - u'0');
    }
    return code;
}

bool isTollFreeCode(int code)
{
    // The North American plan's toll-free codes (8XX with a repeated digit).
    return code == 800 || code == 833 || code == 844 || code == 855 || code == 866 || code == 877
           || code == 888;
}

// NumberRow::Capability bits in the order the chart lists them.
constexpr std::array<NumberRow::Capability, 4> Capabilities{NumberRow::Voice, NumberRow::Sms,
                                                           NumberRow::Mms, NumberRow::Fax};
} // namespace

NumberViewFilter NumberSummaryBar::filter() const
{
    NumberViewFilter f;
    switch (kind) {
    case Kind::AreaCode:
        f.text = u"+1 "_s + key; // a leading + matches the beginning of the number only
        break;
    case Kind::Region:
        f.region = key;
        break;
    case Kind::Capability:
        f.capabilities = quint8(bits);
        break;
    case Kind::Problem:
        f.problems = bits;
        break;
    case Kind::Other:
        break;
    }
    return f;
}

NumberSummary::NumberSummary(NumberTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &NumberSummary::recount);
    if (m_model) {
        // Every change of the rows; a burst of them (pages streaming in) is counted once a while.
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_model, signal, this, &NumberSummary::schedule);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &NumberSummary::schedule);
        connect(m_model, &QAbstractItemModel::modelReset, this, &NumberSummary::schedule);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &NumberSummary::schedule);
    }
    recount();
}

NumberSummary::~NumberSummary() = default;

NumberTableModel *NumberSummary::model() const
{
    return m_model;
}

void NumberSummary::setTopPlaces(int places)
{
    places = std::max(1, places);
    if (places == m_topPlaces)
        return;
    m_topPlaces = places;
    recount();
}

void NumberSummary::setInterval(int ms)
{
    m_timer->setInterval(std::max(0, ms));
}

void NumberSummary::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (!m_active)
        m_timer->stop();
    else if (m_dirty)
        recount();
}

void NumberSummary::schedule()
{
    m_dirty = true;
    // Not restarted by each change: while rows keep coming, the counts still move.
    if (m_active && !m_timer->isActive())
        m_timer->start();
}

void NumberSummary::recount()
{
    m_timer->stop();
    m_dirty = false;
    NumberSummaryCounts counts = m_model ? count(*m_model, m_topPlaces) : NumberSummaryCounts();
    if (counts == m_counts)
        return;
    m_counts = std::move(counts);
    emit countsChanged();
}

NumberSummaryCounts NumberSummary::count(const NumberTableModel &model, int topPlaces)
{
    NumberSummaryCounts c;
    const StringPool &pool = model.pool();
    const int rows = model.rowCount();
    std::array<int, AreaCodes> byArea{};
    std::array<quint32, AreaCodes> areaRegion{}; // the region of the area code's first number
    // By region (pool index): numbers outside North America, and those inside (only for
    // a region text both share, which the region filter selects together).
    std::vector<int> abroad(size_t(pool.size()), 0);
    std::vector<int> northAmerica(size_t(pool.size()), 0);
    std::array<int, Capabilities.size()> byCapability{};
    std::array<int, 32> byProblem{};

    for (int r = 0; r < rows; ++r) {
        const NumberRow &n = model.rowAt(r);
        for (size_t i = 0; i < Capabilities.size(); ++i)
            byCapability[i] += n.has(Capabilities[i]) ? 1 : 0;
        if (n.problems) {
            ++c.withProblems;
            for (quint32 bits = n.problems; bits; bits &= bits - 1)
                ++byProblem[size_t(qCountTrailingZeroBits(bits))];
        }
        const quint32 region = n.field(NumberField::Region);
        if (const int area = areaCodeOf(n.phoneNumber); area >= 0) {
            if (byArea[size_t(area)]++ == 0)
                areaRegion[size_t(area)] = region;
            ++northAmerica[region];
        } else {
            ++abroad[region];
        }
    }
    c.total = rows;

    // Places: area codes and regions together, most numbers first.
    struct Place
    {
        NumberSummaryBar bar;
        int area = -1;      // AreaCode
        quint32 region = 0; // Region: its pool index
    };
    std::vector<Place> places;
    for (int area = 0; area < AreaCodes; ++area) {
        if (!byArea[size_t(area)])
            continue;
        Place p;
        p.bar.kind = NumberSummaryBar::Kind::AreaCode;
        p.bar.key = u"%1"_s.arg(area, 3, 10, QChar(u'0'));
        p.bar.place = pool.at(areaRegion[size_t(area)]);
        p.bar.tollFree = isTollFreeCode(area);
        p.bar.count = byArea[size_t(area)];
        p.area = area;
        places.push_back(p);
    }
    for (size_t region = 1; region < abroad.size(); ++region) { // 0: no known region
        if (!abroad[region])
            continue;
        Place p;
        p.bar.kind = NumberSummaryBar::Kind::Region;
        p.bar.key = pool.at(quint32(region));
        p.bar.count = abroad[region] + northAmerica[region]; // as the region filter selects
        p.region = quint32(region);
        places.push_back(p);
    }
    std::sort(places.begin(), places.end(), [](const Place &a, const Place &b) {
        return a.bar.count != b.bar.count ? a.bar.count > b.bar.count : a.bar.key < b.bar.key;
    });
    const size_t shown = std::min(places.size(), size_t(std::max(1, topPlaces)));

    // Other: every number in no bar shown, those with no known place too.
    std::array<bool, AreaCodes> shownArea{};
    std::vector<bool> shownRegion(abroad.size(), false);
    int covered = 0;
    bool shared = false; // a region bar holds North American numbers too
    for (size_t i = 0; i < shown; ++i) {
        const Place &p = places[i];
        c.places.append(p.bar);
        if (p.area >= 0) {
            shownArea[size_t(p.area)] = true;
            covered += p.bar.count;
        } else {
            shownRegion[p.region] = true;
            covered += abroad[p.region];
            shared = shared || northAmerica[p.region];
        }
    }
    if (shared) { // rare ("Georgia"): the North American ones that no area code bar counted
        for (int r = 0; r < rows; ++r) {
            const NumberRow &n = model.rowAt(r);
            const int area = areaCodeOf(n.phoneNumber);
            if (area >= 0 && !shownArea[size_t(area)] && shownRegion[n.field(NumberField::Region)])
                ++covered;
        }
    }
    if (covered < rows) {
        NumberSummaryBar other;
        other.kind = NumberSummaryBar::Kind::Other;
        other.count = rows - covered;
        other.places = int(places.size() - shown);
        c.places.append(other);
    }

    for (size_t i = 0; i < Capabilities.size(); ++i) {
        NumberSummaryBar bar;
        bar.kind = NumberSummaryBar::Kind::Capability;
        bar.bits = Capabilities[i];
        bar.count = byCapability[i];
        c.capabilities.append(bar);
    }
    for (NumberChecks::Problem p : NumberChecks::all()) {
        NumberSummaryBar bar;
        bar.kind = NumberSummaryBar::Kind::Problem;
        bar.bits = p;
        bar.count = byProblem[size_t(qCountTrailingZeroBits(quint32(p)))];
        c.problems.append(bar);
    }
    return c;
}
