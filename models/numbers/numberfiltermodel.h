#pragma once

#include <QAbstractProxyModel>
#include <QCollatorSortKey>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

class NumberRows;
struct NumberRow;
class NumberTableModel;

// What a NumberFilterModel shows of an account's numbers: every criterion narrows (and).
struct NumberViewFilter
{
    QString text;          // in the number (digits), friendly name, SID, region or a URL;
                           // "+1 415", a leading + with digits: the number's beginning only
    QString areaCode;      // "415": a North American area code (the number starts +1415)
    QString region;        // exactly this region ("California")
    quint8 capabilities = 0;  // NumberRow::Capability bits the number must all have
    quint32 problems = 0;     // NumberChecks::Problem bits of which it must have one
    bool problemsOnly = false; // any problem at all
    qint64 changedSince = 0;  // updated at or after this (ms since the epoch); 0: any time

    bool isEmpty() const
    {
        return text.isEmpty() && areaCode.isEmpty() && region.isEmpty() && !capabilities && !problems
               && !problemsOnly && !changedSince;
    }
    friend bool operator==(const NumberViewFilter &a, const NumberViewFilter &b)
    {
        return a.text == b.text && a.areaCode == b.areaCode && a.region == b.region
               && a.capabilities == b.capabilities && a.problems == b.problems
               && a.problemsOnly == b.problemsOnly && a.changedSince == b.changedSince;
    }
    friend bool operator!=(const NumberViewFilter &a, const NumberViewFilter &b) { return !(a == b); }
};

// Sorts and filters a NumberTableModel (or an AllNumbersModel of several) at 100,000 rows as Wireshark's packet list does: the
// visible rows are a vector of source rows, rebuilt in one pass when the filter changes (a
// reset: the table keeps its current row by key), and sorted with keys computed once per
// row (texts that repeat are ranked once per distinct text with the locale's collation,
// friendly names keep a collation key each; numbers, dates and counts compare as they are),
// never through QVariant or text built per comparison. Rows arriving while the account
// streams in are appended (or, while sorted, put in their places). Over several accounts'
// tables (NumberRows parts) each row's texts are in its own table's pool: the pooled texts
// are ranked together, once, and searched once per table.
//
//     NumberFilterModel proxy;
//     proxy.setSourceModel(&model);                // a NumberTableModel
//     proxy.setFilter({u"hooks"_s});
//     view->setModel(&proxy); view->setSortingEnabled(true);  // sort() by the header
class NumberFilterModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberFilterModel)

public:
    explicit NumberFilterModel(QObject *parent = nullptr);
    ~NumberFilterModel() override;

    // Only a NumberTableModel or an AllNumbersModel, a NumberRows (anything else shows nothing).
    void setSourceModel(QAbstractItemModel *source) override;
    // The one account's table; null over All numbers.
    NumberTableModel *numbers() const;
    NumberRows *rows() const { return m_rows; }

    NumberViewFilter filter() const { return m_filter; }
    void setFilter(const NumberViewFilter &filter);
    bool isFiltering() const { return !m_filter.isEmpty(); }
    // Whether a source row passes the filter (for charts that count what is shown).
    bool accepts(int sourceRow) const;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void filterChanged();

private:
    // A source row as its table's row, and which part of the source that table is.
    struct Located
    {
        const NumberTableModel *table;
        int row;
        int part;
    };
    Located locate(int sourceRow) const;
    const NumberRow &rowAt(int sourceRow) const;
    quint32 rankOf(int part, quint32 poolIndex) const;
    void rebuild();
    void reindex(int fromProxyRow = 0);
    bool lessThan(int a, int b) const;
    void prepareKeys();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    QAbstractItemModel *m_source = nullptr;
    NumberRows *m_rows = nullptr;              // the source, read as rows
    const NumberTableModel *m_single = nullptr; // the source when it is one table: no lookup
    NumberViewFilter m_filter;
    QString m_textFolded;  // m_filter.text, case-folded
    QString m_textDigits;  // its digits, to find in numbers
    QString m_numberPrefix; // "+1415" for "+1 415": what the number starts with, or empty
    enum PoolMatch : qint8 { Unknown = -1, Misses = 0, Matches = 1 };
    // By part, then pool index: does that text hold m_textFolded
    mutable std::vector<std::vector<qint8>> m_poolMatch;
    QList<int> m_visible;  // source rows, in display order
    QList<int> m_proxyOf;  // source row -> proxy row, or -1
    int m_sortColumn = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    // Sort keys, made when a column is first sorted on and kept up to date after.
    QList<QList<quint32>> m_rank;        // part, pool index -> rank of its text (repeating texts)
    QList<quint32> m_partRank;           // part -> rank of its account's name
    std::vector<std::optional<QCollatorSortKey>> m_nameKeys; // source row -> its name's key
    QList<int> m_rankedPoolSizes;        // part -> its pool's size when ranked
    bool m_resetting = false;            // between a source's about-to signal and its done signal
};
