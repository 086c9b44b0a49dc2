#pragma once

#include "apierror.h"
#include "keyedrows.h"

#include <QAbstractTableModel>

// What a list section's table needs of its model besides the Qt contract: whether it is
// loading, whether its first rows came, the last error, the whole list's count, and reload
// and retry. PagedListModel pages on demand; NumberTableModel streams a whole account. The
// ListPane footing works with either.
class ListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListModel)

public:
    using QAbstractTableModel::QAbstractTableModel;
    ~ListModel() override;

    virtual bool isLoading() const = 0;
    // True once the first rows have been answered (or failed) in the current load.
    virtual bool hasLoadedFirstPage() const = 0;
    // True when the whole list is in (nothing left to read).
    virtual bool isAtEnd() const = 0;
    virtual ApiError lastError() const = 0;
    // The first rows, now (a paged list asks for its first page; a streamed one starts).
    virtual void startLoading() { fetchMore({}); }
    // Forgets or refreshes what is shown and reads the list again.
    virtual void reload() = 0;
    // After loadFailed(): goes on from where it failed.
    virtual void retry() = 0;
    // The whole list's count, as far as known; -1 when not known.
    int totalCount() const { return m_totalCount; }

signals:
    void pageLoaded(int first, int count);  // rows [first, first + count) were inserted
    void loadFailed(const ApiError &error); // the rows already shown stay
    void loadingChanged(bool loading);
    void totalCountChanged(int totalCount);

protected:
    // For rows a subclass inserts itself (a record the user just created, say).
    void setTotalCount(int count);

    // Changes to a subclass's KeyedRows, announced to views as the Qt contract says.
    // A record created meanwhile: updated in place if listed, else appended (one row, and the
    // total grows by one). Its row.
    template <typename Row>
    int putRow(KeyedRows<Row> &rows, const Row &row, const QString &key)
    {
        if (const int listed = rows.indexOf(key); listed >= 0) {
            updateRow(rows, listed, row);
            return listed;
        }
        const int at = rows.size();
        beginInsertRows({}, at, at);
        rows.append(row);
        endInsertRows();
        if (totalCount() >= 0)
            setTotalCount(totalCount() + 1);
        return at;
    }
    // The server's copy of a listed row: changed in place (dataChanged over the row).
    template <typename Row>
    void updateRow(KeyedRows<Row> &rows, int at, const Row &row)
    {
        if (rows.replace(at, row))
            emit dataChanged(index(at, 0), index(at, columnCount({}) - 1));
    }
    // Rows gone from the server (released numbers): a few runs are removed each with its
    // beginRemoveRows()/endRemoveRows(); many at once in one sweep announced as a layout
    // change, so removing k rows of n costs one pass, not k. Returns how many went.
    template <typename Row>
    int removeRows(KeyedRows<Row> &rows, const QStringList &keys)
    {
        const QList<std::pair<int, int>> ranges = rows.rangesOf(keys);
        int removed = 0;
        for (const auto &[first, last] : ranges)
            removed += last - first + 1;
        if (ranges.size() <= ManyRanges) {
            for (const auto &[first, last] : ranges) {
                beginRemoveRows({}, first, last);
                rows.remove(first, last);
                endRemoveRows();
            }
        } else {
            emit layoutAboutToBeChanged();
            const QModelIndexList before = persistentIndexList();
            const QList<int> moved = rows.compact(ranges);
            QModelIndexList after;
            after.reserve(before.size());
            for (const QModelIndex &old : before) {
                const int now = moved.value(old.row(), -1);
                after.append(now < 0 ? QModelIndex() : index(now, old.column()));
            }
            changePersistentIndexList(before, after);
            emit layoutChanged();
        }
        if (removed > 0 && totalCount() >= 0)
            setTotalCount(std::max(rows.size(), totalCount() - removed));
        return removed;
    }


private:
    static constexpr int ManyRanges = 16;
    int m_totalCount = -1;
};
