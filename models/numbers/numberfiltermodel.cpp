#include "numberfiltermodel.h"

#include "numbertablemodel.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {
// Runs of rows inserted one by one while sorted; past this, the view is reset (it keeps its
// current row by key) rather than told of each run.
constexpr int ManyRuns = 32;

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

// Which handler answers: a trunk, an application, a URL, or nothing (sorted last).
int handlerKind(const NumberRow &n, bool voice)
{
    if (voice && n.field(NumberField::TrunkSid))
        return 2;
    if (n.field(voice ? NumberField::VoiceApplicationSid : NumberField::SmsApplicationSid))
        return 1;
    if (n.field(voice ? NumberField::VoiceUrl : NumberField::SmsUrl))
        return 0;
    return 3;
}

quint32 handlerText(const NumberRow &n, bool voice)
{
    switch (handlerKind(n, voice)) {
    case 2: return n.field(NumberField::TrunkSid);
    case 1: return n.field(voice ? NumberField::VoiceApplicationSid : NumberField::SmsApplicationSid);
    case 0: return n.field(voice ? NumberField::VoiceUrl : NumberField::SmsUrl);
    }
    return 0;
}
} // namespace

NumberFilterModel::NumberFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

NumberFilterModel::~NumberFilterModel() = default;

void NumberFilterModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = qobject_cast<NumberTableModel *>(source);
    QAbstractProxyModel::setSourceModel(m_source);
    m_nameKeys.clear();
    m_rankedPoolSize = -1;
    if (m_source) {
        connect(m_source, &QAbstractItemModel::rowsInserted, this, &NumberFilterModel::onRowsInserted);
        connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &NumberFilterModel::onRowsAboutToBeRemoved);
        connect(m_source, &QAbstractItemModel::rowsRemoved, this, &NumberFilterModel::onRowsRemoved);
        connect(m_source, &QAbstractItemModel::dataChanged, this, &NumberFilterModel::onDataChanged);
        // Resets and sweeps (many rows removed at once) start over.
        const auto begin = [this] {
            if (!m_resetting) {
                m_resetting = true;
                beginResetModel();
            }
        };
        const auto end = [this] {
            if (m_resetting) {
                m_nameKeys.assign(size_t(m_source->rowCount()), std::nullopt);
                m_poolMatch.clear();
                rebuild();
                m_resetting = false;
                endResetModel();
            }
        };
        connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, begin);
        connect(m_source, &QAbstractItemModel::modelReset, this, end);
        connect(m_source, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
        connect(m_source, &QAbstractItemModel::layoutChanged, this, end);
        connect(m_source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
        m_nameKeys.assign(size_t(m_source->rowCount()), std::nullopt);
    }
    rebuild();
    endResetModel();
}

void NumberFilterModel::setFilter(const NumberViewFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    m_textFolded = filter.text.trimmed().toCaseFolded();
    m_textDigits = digitsOf(filter.text);
    m_poolMatch.clear(); // the pooled texts are searched again, each once
    // "415" or "(415) 5": a digits-only search looks in the numbers; letters too, elsewhere.
    if (m_textDigits.size() < m_textFolded.size() / 2)
        m_textDigits.clear();
    // "+1 415", "+44 20": a leading + means the beginning of the number, and only that.
    m_numberPrefix.clear();
    if (m_textFolded.startsWith(u'+') && !m_textDigits.isEmpty()
        && std::all_of(m_textFolded.cbegin() + 1, m_textFolded.cend(), [](QChar c) {
               return c.isDigit() || c == u' ' || c == u'-' || c == u'(' || c == u')' || c == u'.';
           }))
        m_numberPrefix = u'+' + m_textDigits;
    rebuild();
    endResetModel();
    emit filterChanged();
}

bool NumberFilterModel::accepts(int sourceRow) const
{
    if (!m_source)
        return false;
    const NumberRow &n = m_source->rowAt(sourceRow);
    const NumberViewFilter &f = m_filter;
    if (f.problemsOnly && !n.problems)
        return false;
    if (f.problems && !(n.problems & f.problems))
        return false;
    if (f.capabilities && (n.capabilities & f.capabilities) != f.capabilities)
        return false;
    if (f.changedSince && n.updated < f.changedSince)
        return false;
    if (!f.areaCode.isEmpty()
        && !(n.phoneNumber.startsWith(u"+1") && QStringView(n.phoneNumber).mid(2).startsWith(f.areaCode)))
        return false;
    const StringPool &pool = m_source->pool();
    if (!f.region.isEmpty() && pool.at(n.field(NumberField::Region)) != f.region)
        return false;
    if (m_textFolded.isEmpty())
        return true;
    if (!m_numberPrefix.isEmpty())
        return n.phoneNumber.startsWith(m_numberPrefix);
    if (!m_textDigits.isEmpty() && n.phoneNumber.contains(m_textDigits))
        return true;
    for (const QString *text : {&n.friendlyName, &n.sid, &n.phoneNumber}) {
        if (text->contains(m_textFolded, Qt::CaseInsensitive))
            return true;
    }
    // Pooled texts repeat across rows (a few URLs and regions for thousands of numbers): each
    // is searched once per filter, remembered by its pool index.
    if (m_poolMatch.size() < size_t(pool.size()))
        m_poolMatch.resize(size_t(pool.size()), Unknown);
    for (NumberField field : {NumberField::Region, NumberField::VoiceUrl, NumberField::SmsUrl,
                              NumberField::VoiceApplicationSid, NumberField::SmsApplicationSid,
                              NumberField::TrunkSid}) {
        const quint32 at = n.field(field);
        qint8 &known = m_poolMatch[at];
        if (known == Unknown)
            known = pool.at(at).contains(m_textFolded, Qt::CaseInsensitive) ? Matches : Misses;
        if (known == Matches)
            return true;
    }
    return false;
}

void NumberFilterModel::rebuild()
{
    m_visible.clear();
    m_proxyOf.clear();
    if (!m_source)
        return;
    const int rows = m_source->rowCount();
    m_visible.reserve(rows);
    if (m_filter.isEmpty()) {
        m_visible.resize(rows);
        std::iota(m_visible.begin(), m_visible.end(), 0);
    } else {
        for (int r = 0; r < rows; ++r) {
            if (accepts(r))
                m_visible.append(r);
        }
    }
    if (m_sortColumn >= 0) {
        prepareKeys();
        std::stable_sort(m_visible.begin(), m_visible.end(), [this](int a, int b) { return lessThan(a, b); });
    }
    m_proxyOf.fill(-1, rows);
    reindex();
}

void NumberFilterModel::reindex(int fromProxyRow)
{
    for (int p = fromProxyRow; p < m_visible.size(); ++p)
        m_proxyOf[m_visible.at(p)] = p;
}

void NumberFilterModel::prepareKeys()
{
    if (!m_source)
        return;
    const StringPool &pool = m_source->pool();
    const bool pooled = m_sortColumn == NumberTableModel::RegionColumn
                        || m_sortColumn == NumberTableModel::VoiceColumn
                        || m_sortColumn == NumberTableModel::SmsColumn;
    if (pooled && m_rankedPoolSize != pool.size()) {
        // Each distinct text once, in the locale's order: a handful of thousands at most.
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        QList<quint32> order(pool.size());
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
            return collator.compare(pool.at(a), pool.at(b)) < 0;
        });
        m_rank.resize(pool.size());
        for (int i = 0; i < order.size(); ++i)
            m_rank[order.at(i)] = quint32(i);
        m_rankedPoolSize = pool.size();
    }
    if (m_sortColumn == NumberTableModel::FriendlyNameColumn) {
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        m_nameKeys.resize(size_t(m_source->rowCount()));
        for (size_t r = 0; r < m_nameKeys.size(); ++r) {
            if (!m_nameKeys[r])
                m_nameKeys[r] = collator.sortKey(m_source->rowAt(int(r)).friendlyName);
        }
    }
}

bool NumberFilterModel::lessThan(int a, int b) const
{
    const NumberRow &x = m_source->rowAt(a);
    const NumberRow &y = m_source->rowAt(b);
    const auto ordered = [this](auto less, auto greater) {
        return m_order == Qt::AscendingOrder ? less : greater;
    };
    const auto byRank = [&](quint32 i, quint32 j) {
        return ordered(m_rank.value(i) < m_rank.value(j), m_rank.value(i) > m_rank.value(j));
    };
    switch (m_sortColumn) {
    case NumberTableModel::NumberColumn:
    case NumberTableModel::AccountColumn: {
        const int c = x.phoneNumber.compare(y.phoneNumber);
        return ordered(c < 0, c > 0);
    }
    case NumberTableModel::FriendlyNameColumn: {
        const int c = m_nameKeys[size_t(a)]->compare(*m_nameKeys[size_t(b)]);
        return ordered(c < 0, c > 0);
    }
    case NumberTableModel::RegionColumn:
        return byRank(x.field(NumberField::Region), y.field(NumberField::Region));
    case NumberTableModel::CapabilitiesColumn:
        return ordered(x.capabilities < y.capabilities, x.capabilities > y.capabilities);
    case NumberTableModel::VoiceColumn:
    case NumberTableModel::SmsColumn: {
        const bool voice = m_sortColumn == NumberTableModel::VoiceColumn;
        const int kx = handlerKind(x, voice), ky = handlerKind(y, voice);
        if (kx != ky)
            return ordered(kx < ky, kx > ky);
        return byRank(handlerText(x, voice), handlerText(y, voice));
    }
    case NumberTableModel::ProblemsColumn: {
        const int px = qPopulationCount(x.problems), py = qPopulationCount(y.problems);
        if (px != py)
            return ordered(px < py, px > py);
        return ordered(x.problems < y.problems, x.problems > y.problems);
    }
    case NumberTableModel::EmergencyColumn: {
        const quint32 ex = x.field(NumberField::EmergencyStatus), ey = y.field(NumberField::EmergencyStatus);
        return ordered(ex < ey, ex > ey);
    }
    case NumberTableModel::CreatedColumn:
        return ordered(x.created < y.created, x.created > y.created);
    }
    return false;
}

void NumberFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_order)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex &p : before)
        sourceRows.append(m_visible.value(p.row(), -1));
    m_sortColumn = column;
    m_order = order;
    if (column >= 0) {
        prepareKeys();
        std::stable_sort(m_visible.begin(), m_visible.end(), [this](int a, int b) { return lessThan(a, b); });
    } else {
        std::sort(m_visible.begin(), m_visible.end()); // the server's order
    }
    reindex();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        const int s = sourceRows.at(i);
        after.append(s >= 0 ? index(m_proxyOf.value(s, -1), before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void NumberFilterModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_resetting)
        return;
    const int count = last - first + 1;
    // Source rows after `first` moved down (rows are appended in practice: none moved).
    if (first < m_source->rowCount() - count) {
        for (int &s : m_visible) {
            if (s >= first)
                s += count;
        }
    }
    m_proxyOf.insert(first, count, -1);
    m_nameKeys.insert(m_nameKeys.begin() + first, size_t(count), std::nullopt);
    QList<int> fresh;
    for (int r = first; r <= last; ++r) {
        if (accepts(r))
            fresh.append(r);
    }
    if (fresh.isEmpty()) {
        reindex();
        return;
    }
    if (m_sortColumn < 0 && first == m_source->rowCount() - count) {
        // The server's order: they go at the end.
        const int at = int(m_visible.size());
        beginInsertRows({}, at, at + int(fresh.size()) - 1);
        m_visible += fresh;
        reindex(at);
        endInsertRows();
        return;
    }
    prepareKeys();
    const auto less = [this](int a, int b) { return m_sortColumn < 0 ? a < b : lessThan(a, b); };
    std::stable_sort(fresh.begin(), fresh.end(), less);
    // Where each goes among what is shown; runs of them go in one by one, top down.
    QList<std::pair<int, QList<int>>> runs;
    int searchFrom = 0;
    for (int r : std::as_const(fresh)) {
        const auto pos = std::upper_bound(m_visible.begin() + searchFrom, m_visible.end(), r, less);
        const int at = int(pos - m_visible.begin());
        searchFrom = at;
        if (!runs.isEmpty() && runs.last().first == at)
            runs.last().second.append(r);
        else
            runs.append({at, {r}});
    }
    if (runs.size() > ManyRuns) {
        // Too many places for one insertion each: one reset, the sorted rows merged in. The
        // places are known (runs), so the rows shown are copied across in blocks between them
        // with no comparison (a full re-sort here grew with every part of a cache's rows).
        beginResetModel();
        QList<int> merged(m_visible.size() + fresh.size());
        auto out = merged.begin();
        auto from = m_visible.cbegin();
        for (const auto &[at, rows] : std::as_const(runs)) {
            out = std::copy(from, m_visible.cbegin() + at, out);
            out = std::copy(rows.cbegin(), rows.cend(), out);
            from = m_visible.cbegin() + at;
        }
        std::copy(from, m_visible.cend(), out);
        m_visible = std::move(merged);
        reindex();
        endResetModel();
        return;
    }
    int shift = 0;
    for (const auto &[at, rows] : std::as_const(runs)) {
        const int p = at + shift;
        beginInsertRows({}, p, p + int(rows.size()) - 1);
        m_visible.insert(p, rows.size(), 0);
        std::copy(rows.begin(), rows.end(), m_visible.begin() + p);
        reindex(p);
        endInsertRows();
        shift += int(rows.size());
    }
}

void NumberFilterModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_resetting)
        return;
    // The proxy rows of those source rows leave now, each run of them in one go, bottom up.
    QList<int> proxyRows;
    for (int s = first; s <= last; ++s) {
        if (const int p = m_proxyOf.value(s, -1); p >= 0)
            proxyRows.append(p);
    }
    std::sort(proxyRows.begin(), proxyRows.end());
    QList<std::pair<int, int>> runs;
    for (int p : std::as_const(proxyRows)) {
        if (!runs.isEmpty() && runs.last().second == p - 1)
            runs.last().second = p;
        else
            runs.append({p, p});
    }
    if (runs.size() > ManyRuns) {
        m_resetting = true;
        beginResetModel();
        return;
    }
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        for (int p = it->first; p <= it->second; ++p)
            m_proxyOf[m_visible.at(p)] = -1;
        m_visible.remove(it->first, it->second - it->first + 1);
        reindex(it->first);
        endRemoveRows();
    }
}

void NumberFilterModel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (m_resetting) {
        m_nameKeys.assign(size_t(m_source->rowCount()), std::nullopt);
        rebuild();
        m_resetting = false;
        endResetModel();
        return;
    }
    const int count = last - first + 1;
    for (int &s : m_visible) {
        if (s > last)
            s -= count;
    }
    m_proxyOf.remove(first, count);
    m_nameKeys.erase(m_nameKeys.begin() + first, m_nameKeys.begin() + last + 1);
    reindex();
}

void NumberFilterModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (m_resetting || !topLeft.isValid())
        return;
    for (int s = topLeft.row(); s <= bottomRight.row(); ++s) {
        if (size_t(s) < m_nameKeys.size())
            m_nameKeys[size_t(s)].reset();
        const int p = m_proxyOf.value(s, -1);
        const bool shown = p >= 0;
        const bool passes = accepts(s);
        if (shown && passes) {
            if (m_sortColumn >= 0) {
                prepareKeys();
                // Still in order between its neighbours: it stays; else it moves (the
                // selection and the current row go with it).
                const bool afterPrevious = p == 0 || !lessThan(s, m_visible.at(p - 1));
                const bool beforeNext = p + 1 >= m_visible.size() || !lessThan(m_visible.at(p + 1), s);
                if (!afterPrevious || !beforeNext) {
                    QList<int> others = m_visible;
                    others.remove(p);
                    const int to = int(std::upper_bound(others.begin(), others.end(), s,
                                                        [this](int a, int b) { return lessThan(a, b); })
                                       - others.begin());
                    // beginMoveRows counts the destination before the move.
                    if (beginMoveRows({}, p, p, {}, to > p ? to + 1 : to)) {
                        m_visible = others;
                        m_visible.insert(to, s);
                        reindex(std::min(p, to));
                        endMoveRows();
                    }
                    continue;
                }
            }
            emit dataChanged(index(p, 0), index(p, columnCount() - 1));
            continue;
        }
        if (shown) {
            beginRemoveRows({}, p, p);
            m_proxyOf[s] = -1;
            m_visible.remove(p);
            reindex(p);
            endRemoveRows();
        } else if (passes) {
            prepareKeys();
            const auto less = [this](int a, int b) { return m_sortColumn < 0 ? a < b : lessThan(a, b); };
            const int at = int(std::upper_bound(m_visible.begin(), m_visible.end(), s, less) - m_visible.begin());
            beginInsertRows({}, at, at);
            m_visible.insert(at, s);
            reindex(at);
            endInsertRows();
        }
    }
}

QModelIndex NumberFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_visible.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex NumberFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int NumberFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int NumberFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

bool NumberFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_visible.isEmpty();
}

QModelIndex NumberFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid() || proxyIndex.row() >= m_visible.size())
        return {};
    return m_source->index(m_visible.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex NumberFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_source || !sourceIndex.isValid() || sourceIndex.row() >= m_proxyOf.size())
        return {};
    const int p = m_proxyOf.at(sourceIndex.row());
    return p < 0 ? QModelIndex() : index(p, sourceIndex.column());
}

QVariant NumberFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return {};
    return m_source ? m_source->headerData(section, orientation, role) : QVariant();
}
