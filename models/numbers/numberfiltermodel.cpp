#include "numberfiltermodel.h"

#include "numberrows.h"
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
    m_rows = dynamic_cast<NumberRows *>(source);
    m_source = m_rows ? source : nullptr;
    m_single = qobject_cast<NumberTableModel *>(m_source);
    QAbstractProxyModel::setSourceModel(m_source);
    m_nameKeys.clear();
    m_rankedPoolSizes.clear();
    m_partRank.clear();
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
                // The parts may be others now (All numbers' accounts changed).
                m_rankedPoolSizes.clear();
                m_partRank.clear();
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

NumberTableModel *NumberFilterModel::numbers() const
{
    return qobject_cast<NumberTableModel *>(m_source);
}

NumberFilterModel::Located NumberFilterModel::locate(int sourceRow) const
{
    if (m_single)
        return {m_single, sourceRow, 0};
    const auto [part, row] = m_rows->locate(sourceRow);
    return {m_rows->part(part), row, part};
}

const NumberRow &NumberFilterModel::rowAt(int sourceRow) const
{
    const Located at = locate(sourceRow);
    return at.table->rowAt(at.row);
}

quint32 NumberFilterModel::rankOf(int part, quint32 poolIndex) const
{
    // By reference: value() would copy the part's list (two atomic counts) per comparison.
    if (part < 0 || part >= m_rank.size())
        return 0;
    const QList<quint32> &ranks = m_rank.at(part);
    return poolIndex < quint32(ranks.size()) ? ranks.at(poolIndex) : 0;
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
    const Located at = locate(sourceRow);
    const NumberRow &n = at.table->rowAt(at.row);
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
    const StringPool &pool = at.table->pool();
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
    if (m_poolMatch.size() <= size_t(at.part))
        m_poolMatch.resize(size_t(at.part) + 1);
    std::vector<qint8> &poolMatch = m_poolMatch[size_t(at.part)];
    if (poolMatch.size() < size_t(pool.size()))
        poolMatch.resize(size_t(pool.size()), Unknown);
    for (NumberField field : {NumberField::Region, NumberField::VoiceUrl, NumberField::SmsUrl,
                              NumberField::VoiceApplicationSid, NumberField::SmsApplicationSid,
                              NumberField::TrunkSid}) {
        const quint32 text = n.field(field);
        qint8 &known = poolMatch[text];
        if (known == Unknown)
            known = pool.at(text).contains(m_textFolded, Qt::CaseInsensitive) ? Matches : Misses;
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
    const int parts = m_rows->partCount();
    const bool pooled = m_sortColumn == NumberTableModel::RegionColumn
                        || m_sortColumn == NumberTableModel::VoiceColumn
                        || m_sortColumn == NumberTableModel::SmsColumn;
    bool ranked = m_rankedPoolSizes.size() == parts;
    for (int p = 0; ranked && p < parts; ++p)
        ranked = m_rankedPoolSizes.at(p) == m_rows->part(p)->pool().size();
    if (pooled && !ranked) {
        // Each distinct text once, in the locale's order: a handful of thousands at most. Over
        // several tables, the same text in two pools ranks the same.
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        QList<std::pair<int, quint32>> order; // (part, pool index)
        m_rank.resize(parts);
        m_rankedPoolSizes.resize(parts);
        for (int p = 0; p < parts; ++p) {
            const int size = m_rows->part(p)->pool().size();
            m_rank[p].resize(size);
            m_rankedPoolSizes[p] = size;
            for (int i = 0; i < size; ++i)
                order.append({p, quint32(i)});
        }
        const auto textOf = [this](const std::pair<int, quint32> &t) -> const QString & {
            return m_rows->part(t.first)->pool().at(t.second);
        };
        std::sort(order.begin(), order.end(), [&](const auto &a, const auto &b) {
            return collator.compare(textOf(a), textOf(b)) < 0;
        });
        quint32 rank = 0;
        for (int i = 0; i < order.size(); ++i) {
            if (parts > 1 && i > 0 && collator.compare(textOf(order.at(i - 1)), textOf(order.at(i))) != 0)
                ++rank;
            m_rank[order.at(i).first][order.at(i).second] = parts > 1 ? rank : quint32(i);
        }
    }
    if (m_sortColumn == NumberTableModel::AccountColumn && m_partRank.size() != parts) {
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        QList<int> order(parts);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return collator.compare(m_rows->partName(a), m_rows->partName(b)) < 0;
        });
        m_partRank.resize(parts);
        for (int i = 0; i < parts; ++i)
            m_partRank[order.at(i)] = quint32(i);
    }
    if (m_sortColumn == NumberTableModel::FriendlyNameColumn) {
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        m_nameKeys.resize(size_t(m_source->rowCount()));
        for (size_t r = 0; r < m_nameKeys.size(); ++r) {
            if (!m_nameKeys[r])
                m_nameKeys[r] = collator.sortKey(rowAt(int(r)).friendlyName);
        }
    }
}

bool NumberFilterModel::lessThan(int a, int b) const
{
    const auto ordered = [this](auto less, auto greater) {
        return m_order == Qt::AscendingOrder ? less : greater;
    };
    if (m_sortColumn == NumberTableModel::FriendlyNameColumn) {
        // The keys are by source row: no row need be found.
        const int c = m_nameKeys[size_t(a)]->compare(*m_nameKeys[size_t(b)]);
        return ordered(c < 0, c > 0);
    }
    const Located la = locate(a), lb = locate(b);
    const NumberRow &x = la.table->rowAt(la.row);
    const NumberRow &y = lb.table->rowAt(lb.row);
    const auto byRank = [&](quint32 i, quint32 j) {
        const quint32 ri = rankOf(la.part, i), rj = rankOf(lb.part, j);
        return ordered(ri < rj, ri > rj);
    };
    switch (m_sortColumn) {
    case NumberTableModel::AccountColumn:
        // By the account's name, then by number within it.
        if (la.part != lb.part) {
            const quint32 ra = m_partRank.value(la.part), rb = m_partRank.value(lb.part);
            if (ra != rb)
                return ordered(ra < rb, ra > rb);
        }
        [[fallthrough]];
    case NumberTableModel::NumberColumn: {
        const int c = x.phoneNumber.compare(y.phoneNumber);
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
