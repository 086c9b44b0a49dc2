#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <utility>

// The rows of a list model, kept once: the rows in order, an index from each row's key (a
// SID, an id) to its row, and the page being prepared (PagedListModel's hooks). Every list
// model uses it; PagedListModel's putRow(), updateRow() and removeRows() announce its
// changes to views. Rows are values; `Row` needs operator== and a key function.
//
//     KeyedRows<Property> m_rows{[](const Property &p) { return p.propertySid; }};
//     *count = m_rows.prepare(page, [this](int row) { emit dataChanged(...); }); // preparePage()
//     m_rows.appendPrepared();                                                  // appendPreparedRows()
//
// Removing many rows costs one pass: the index is rebuilt once, when next asked, from the
// first row that moved; compact() drops any number of rows in one sweep.
template <typename Row>
class KeyedRows
{
public:
    using KeyOf = QString (*)(const Row &row);

    explicit KeyedRows(KeyOf keyOf)
        : m_keyOf(keyOf)
    {
    }

    int size() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    const Row &at(int row) const { return m_rows.at(row); }
    const QList<Row> &rows() const { return m_rows; }
    QString keyAt(int row) const { return m_keyOf(m_rows.at(row)); }

    // Room for this many rows (a hint: a load that knows about how many will come).
    void reserve(int rows)
    {
        m_rows.reserve(rows);
        m_index.reserve(rows);
    }

    // The row of a key, or -1: a hash look-up.
    int indexOf(const QString &key) const
    {
        reindex();
        const int row = m_index.value(key, -1);
        return row < m_rows.size() ? row : -1; // not a prepared row, not yet appended
    }
    bool contains(const QString &key) const { return indexOf(key) >= 0; }

    // A page that arrived: rows already listed are replaced in place (`changed(row)` is called
    // for each that differs), repeats within the page are dropped, the rest are held aside
    // for appendPrepared(). Returns how many will be appended.
    template <typename Changed>
    int prepare(const QList<Row> &page, Changed changed)
    {
        dropPrepared();
        m_prepared.reserve(page.size());
        QSet<QString> seen;
        seen.reserve(page.size());
        for (const Row &row : page) {
            const QString key = m_keyOf(row);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            if (const int listed = indexOf(key); listed >= 0) {
                if (replace(listed, row))
                    changed(listed);
                continue;
            }
            m_prepared.append(row);
        }
        return int(m_prepared.size());
    }

    // The same, taking the page's rows by move: each key is hashed once (into the index, at
    // the row it will have), so a large batch (a cache's 20,000 rows) costs one look-up a row.
    template <typename Changed>
    int prepare(QList<Row> &&page, Changed changed)
    {
        dropPrepared();
        reindex();
        const int first = int(m_rows.size());
        if (const qsizetype needed = first + page.size(); m_index.capacity() < needed)
            m_index.reserve(std::max(needed, 2 * m_index.capacity()));
        m_prepared.reserve(page.size());
        for (Row &row : page) {
            const QString key = m_keyOf(row);
            const auto it = m_index.constFind(key);
            if (it == m_index.cend()) {
                m_index.insert(key, first + int(m_prepared.size()));
                m_prepared.append(std::move(row));
            } else if (*it < first) {
                if (replace(*it, row))
                    changed(*it);
            } // else a repeat within the page: the first one counts
        }
        m_preparedIndexed = true;
        return int(m_prepared.size());
    }

    void appendPrepared()
    {
        if (m_preparedIndexed) {
            // prepare(&&) indexed them already.
            if (m_rows.isEmpty() && m_rows.capacity() < m_prepared.size())
                m_rows = std::move(m_prepared);
            else {
                for (Row &row : m_prepared)
                    m_rows.append(std::move(row));
            }
            m_prepared.clear();
            m_preparedIndexed = false;
            m_indexedUpTo = int(m_rows.size());
            return;
        }
        reindex();
        const int first = int(m_rows.size());
        // Grown geometrically: reserving the exact size rehashed the whole index every page,
        // a stall that grew with the rows already in (bench_numbers' max_ui_stall_ms).
        if (const qsizetype needed = first + m_prepared.size(); m_index.capacity() < needed)
            m_index.reserve(std::max(needed, 2 * m_index.capacity()));
        for (int i = 0; i < m_prepared.size(); ++i)
            m_index.insert(m_keyOf(m_prepared.at(i)), first + i);
        m_rows += m_prepared;
        m_prepared.clear();
        m_indexedUpTo = int(m_rows.size());
    }

    void append(const Row &row)
    {
        reindex();
        m_index.insert(m_keyOf(row), int(m_rows.size()));
        m_rows.append(row);
        m_indexedUpTo = int(m_rows.size());
    }

    // The row changed in place; false when it was equal already (nothing to announce). The
    // key must stay the same.
    bool replace(int row, const Row &value)
    {
        if (m_rows.at(row) == value)
            return false;
        m_rows[row] = value;
        return true;
    }

    void clear()
    {
        m_rows.clear();
        m_index.clear();
        m_prepared.clear();
        m_preparedIndexed = false;
        m_indexedUpTo = 0;
    }

    // The rows holding these keys as [first, last] runs of adjacent rows, the highest first,
    // as a model removes them (each run in its own beginRemoveRows()); unknown keys are left out.
    QList<std::pair<int, int>> rangesOf(const QStringList &keys) const
    {
        QList<int> rows;
        rows.reserve(keys.size());
        for (const QString &key : keys) {
            if (const int row = indexOf(key); row >= 0)
                rows.append(row);
        }
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        QList<std::pair<int, int>> ranges;
        for (int row : std::as_const(rows)) {
            if (!ranges.isEmpty() && ranges.last().second == row - 1)
                ranges.last().second = row;
            else
                ranges.append({row, row});
        }
        std::reverse(ranges.begin(), ranges.end());
        return ranges;
    }

    // Removes rows [first, last]; the rows after them are indexed again when next asked.
    void remove(int first, int last)
    {
        for (int row = first; row <= last; ++row)
            m_index.remove(m_keyOf(m_rows.at(row)));
        m_rows.remove(first, last - first + 1);
        m_indexedUpTo = std::min(m_indexedUpTo, first);
    }

    // Removes every row of `ranges` (as rangesOf() gives them) in one sweep. Returns, for
    // each row before, its row after, or -1 for a removed one.
    QList<int> compact(const QList<std::pair<int, int>> &ranges)
    {
        QList<int> newRow(m_rows.size(), 0);
        for (const auto &[first, last] : ranges) {
            for (int row = first; row <= last; ++row)
                newRow[row] = -1;
        }
        int kept = 0;
        int firstMoved = int(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row) {
            if (newRow.at(row) < 0) {
                m_index.remove(m_keyOf(m_rows.at(row)));
                firstMoved = std::min(firstMoved, row);
                continue;
            }
            if (kept != row)
                m_rows[kept] = std::move(m_rows[row]);
            newRow[row] = kept++;
        }
        m_rows.resize(kept);
        m_indexedUpTo = std::min(m_indexedUpTo, firstMoved);
        return newRow;
    }

private:
    // A prepared page that is not appended (a page that failed): forgotten, index and all.
    void dropPrepared()
    {
        if (m_preparedIndexed) {
            for (const Row &row : std::as_const(m_prepared))
                m_index.remove(m_keyOf(row));
            m_preparedIndexed = false;
        }
        m_prepared.clear();
    }

    void reindex() const
    {
        for (int row = m_indexedUpTo; row < m_rows.size(); ++row)
            m_index.insert(m_keyOf(m_rows.at(row)), row);
        m_indexedUpTo = int(m_rows.size());
    }

    KeyOf m_keyOf;
    QList<Row> m_rows;
    QList<Row> m_prepared;
    bool m_preparedIndexed = false; // prepare(&&) put m_prepared in the index already
    mutable QHash<QString, int> m_index;
    mutable int m_indexedUpTo = 0; // rows below this are indexed where they are
};
