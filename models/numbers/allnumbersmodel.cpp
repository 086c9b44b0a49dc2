#include "allnumbersmodel.h"

#include "api/account.h"
#include "api/accountclient.h"
#include "api/jobprogress.h"
#include "numbertablemodel.h"
#include "validation/textrules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

AllNumbersModel::AllNumbersModel(const QString &dataFolder, QObject *parent)
    : ListModel(parent)
    , m_dataFolder(dataFolder)
{
}

AllNumbersModel::~AllNumbersModel()
{
    // The tables outlive this model (their clients own them): they must not call in here.
    for (const Part &p : std::as_const(m_parts)) {
        if (p.model)
            disconnect(p.model, nullptr, this, nullptr);
    }
}

void AllNumbersModel::setAccounts(const QList<Account *> &accounts)
{
    QList<Part> parts;
    for (Account *account : accounts) {
        for (ApiFamily family : {ApiFamily::Twilio, ApiFamily::SignalWire}) {
            if (AccountClient *client = account->client(family))
                parts.append({NumberTableModel::forClient(client, m_dataFolder), account->displayName(), account});
        }
    }
    setParts(parts);
}

void AllNumbersModel::addClient(AccountClient *client, const QString &name)
{
    NumberTableModel *table = NumberTableModel::forClient(client, m_dataFolder);
    if (indexOf(table) >= 0)
        return;
    QList<Part> parts = m_parts;
    parts.append({table, name, nullptr});
    setParts(parts);
}

void AllNumbersModel::setParts(const QList<Part> &parts)
{
    beginResetModel();
    for (const Part &p : std::as_const(m_parts)) {
        if (p.model)
            disconnect(p.model, nullptr, this, nullptr);
        if (p.account)
            disconnect(p.account, nullptr, this, nullptr);
    }
    m_parts.clear();
    for (const Part &p : parts) {
        // A table listed twice would show its rows twice (and its signals would come twice).
        if (p.model && indexOf(p.model) < 0) {
            m_parts.append(p);
            connectPart(p.model);
        }
    }
    // An account renamed: its rows say the new name (each account connected once).
    QList<Account *> named;
    for (const Part &p : std::as_const(m_parts)) {
        Account *account = p.account;
        if (account && !named.contains(account)) {
            named.append(account);
            connect(account, &Account::changed, this, [this, account] { onAccountChanged(account); });
        }
    }
    updateOffsets();
    endResetModel();
    updateTotal();
    if (m_started) {
        for (const Part &p : std::as_const(m_parts))
            p.model->startLoading();
    }
}

void AllNumbersModel::onAccountChanged(const Account *account)
{
    const QString name = account->displayName();
    const bool renamed = std::any_of(m_parts.cbegin(), m_parts.cend(), [&](const Part &p) {
        return p.account == account && p.name != name;
    });
    if (!renamed)
        return;
    // Rare, and the sorted views rank the accounts by name: a reset, not a change per row.
    beginResetModel();
    for (Part &p : m_parts) {
        if (p.account == account)
            p.name = name;
    }
    endResetModel();
}

void AllNumbersModel::connectPart(NumberTableModel *table)
{
    // Each table's changes are this model's at the table's offset. The offsets are those of
    // the last change that reached here until the table's change is done: between its
    // about-to signal and its done signal the table's rows are half changed.
    connect(table, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this, table](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                const int at = offsetOf(table);
                beginInsertRows({}, at + first, at + last);
            });
    connect(table, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (parent.isValid())
            return;
        updateOffsets();
        endInsertRows();
    });
    connect(table, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this, table](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                const int at = offsetOf(table);
                beginRemoveRows({}, at + first, at + last);
            });
    connect(table, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &parent) {
        if (parent.isValid())
            return;
        updateOffsets();
        endRemoveRows();
    });
    connect(table, &QAbstractItemModel::dataChanged, this,
            [this, table](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                if (!topLeft.isValid())
                    return;
                const int at = offsetOf(table);
                emit dataChanged(index(at + topLeft.row(), topLeft.column()),
                                 index(at + bottomRight.row(), bottomRight.column()), roles);
            });
    connect(table, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(table, &QAbstractItemModel::modelReset, this, [this] {
        updateOffsets();
        endResetModel();
    });
    // A sweep (many rows removed in one pass) is a layout change of the table: this model's
    // persistent indexes follow it, those of the other tables' rows by their new offsets.
    connect(table, &QAbstractItemModel::layoutAboutToBeChanged, this, [this, table] {
        emit layoutAboutToBeChanged();
        const int changing = indexOf(table);
        m_layoutBefore = persistentIndexList();
        m_layoutHeld.clear();
        m_layoutHeld.reserve(m_layoutBefore.size());
        for (const QModelIndex &held : std::as_const(m_layoutBefore)) {
            const auto [p, r] = locate(held.row());
            Held h{p, r, p == changing, {}};
            if (h.changing)
                h.inPart = QPersistentModelIndex(table->index(r, held.column()));
            m_layoutHeld.append(h);
        }
    });
    connect(table, &QAbstractItemModel::layoutChanged, this, [this] {
        updateOffsets();
        QModelIndexList after;
        after.reserve(m_layoutBefore.size());
        for (int i = 0; i < m_layoutBefore.size(); ++i) {
            const Held &h = m_layoutHeld.at(i);
            const int column = m_layoutBefore.at(i).column();
            if (h.part < 0 || h.part >= m_parts.size() || (h.changing && !h.inPart.isValid()))
                after.append(QModelIndex()); // a row the sweep removed
            else if (h.changing)
                after.append(index(m_parts.at(h.part).offset + h.inPart.row(), column));
            else
                after.append(index(m_parts.at(h.part).offset + h.row, column));
        }
        changePersistentIndexList(m_layoutBefore, after);
        m_layoutBefore.clear();
        m_layoutHeld.clear();
        emit layoutChanged();
    });
    connect(table, &ListModel::pageLoaded, this, [this, table](int first, int count) {
        emit pageLoaded(offsetOf(table) + first, count);
    });
    connect(table, &ListModel::loadFailed, this, &ListModel::loadFailed);
    connect(table, &ListModel::totalCountChanged, this, &AllNumbersModel::updateTotal);
    connect(table, &ListModel::loadingChanged, this, [this, table](bool loading) {
        if (loading && table->job() && !table->job()->isFinished())
            emit jobStarted(table->job());
        if (const bool now = isLoading(); now != m_wasLoading) {
            m_wasLoading = now;
            emit loadingChanged(now);
        }
    });
    connect(table, &NumberTableModel::refreshed, this, [this, table] { emit tableRefreshed(table); });
    // Its client went (the account was removed): its rows leave with it.
    connect(table, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_parts.removeIf([](const Part &p) { return !p.model; });
        updateOffsets();
        endResetModel();
        updateTotal();
    });
}

void AllNumbersModel::updateOffsets()
{
    int offset = 0;
    for (Part &p : m_parts) {
        p.offset = offset;
        offset += p.model ? p.model->rowCount() : 0;
    }
    m_rowCount = offset;
}

void AllNumbersModel::updateTotal()
{
    int total = 0;
    for (const Part &p : std::as_const(m_parts)) {
        if (p.model)
            total += p.model->totalCount() >= 0 ? std::max(p.model->totalCount(), p.model->rowCount())
                                                : p.model->rowCount();
    }
    setTotalCount(total);
}

int AllNumbersModel::indexOf(const QObject *table) const
{
    for (int i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i).model == table)
            return i;
    }
    return -1;
}

int AllNumbersModel::offsetOf(const NumberTableModel *table) const
{
    const int i = indexOf(table);
    return i < 0 ? -1 : m_parts.at(i).offset;
}

QList<NumberTableModel *> AllNumbersModel::tables() const
{
    QList<NumberTableModel *> tables;
    for (const Part &p : m_parts) {
        if (p.model)
            tables.append(p.model);
    }
    return tables;
}

NumberTableModel *AllNumbersModel::tableOf(const QString &sid, int *row) const
{
    for (const Part &p : m_parts) {
        if (!p.model)
            continue;
        if (const int r = p.model->rowOf(sid); r >= 0) {
            if (row)
                *row = r;
            return p.model;
        }
    }
    return nullptr;
}

int AllNumbersModel::rowOf(const QString &sid) const
{
    int row = -1;
    const NumberTableModel *table = tableOf(sid, &row);
    return table ? offsetOf(table) + row : -1;
}

QList<JobProgress *> AllNumbersModel::jobs() const
{
    QList<JobProgress *> jobs;
    for (const Part &p : m_parts) {
        if (p.model && p.model->job() && !p.model->job()->isFinished())
            jobs.append(p.model->job());
    }
    return jobs;
}

NumberTableModel *AllNumbersModel::part(int index) const
{
    return index >= 0 && index < m_parts.size() ? m_parts.at(index).model.data() : nullptr;
}

QString AllNumbersModel::partName(int index) const
{
    return index >= 0 && index < m_parts.size() ? m_parts.at(index).name : QString();
}

std::pair<int, int> AllNumbersModel::locate(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return {-1, -1};
    // The last part starting at or before the row (an empty part starts where the next does).
    const auto after = std::upper_bound(m_parts.cbegin(), m_parts.cend(), row,
                                        [](int r, const Part &p) { return r < p.offset; });
    const int i = int(after - m_parts.cbegin()) - 1;
    return {i, row - m_parts.at(i).offset};
}

int AllNumbersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int AllNumbersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NumberTableModel::ColumnCount;
}

QVariant AllNumbersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto [p, r] = locate(index.row());
    const Part &part = m_parts.at(p);
    if (!part.model)
        return {};
    if (index.column() == NumberTableModel::AccountColumn
        && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return Validation::displayLines(part.name);
    return part.model->data(part.model->index(r, index.column()), role);
}

QVariant AllNumbersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return NumberTableModel::columnTitle(section);
}

void AllNumbersModel::startLoading()
{
    m_started = true;
    if (m_parts.isEmpty()) {
        emit pageLoaded(0, 0); // nothing to wait for: the view says there is nothing
        return;
    }
    // A table the Numbers section opened already goes on as it is (startLoading() then
    // does nothing): both views show the one table.
    for (const Part &p : std::as_const(m_parts)) {
        if (p.model)
            p.model->startLoading();
    }
}

bool AllNumbersModel::isLoading() const
{
    return std::any_of(m_parts.cbegin(), m_parts.cend(),
                       [](const Part &p) { return p.model && p.model->isLoading(); });
}

bool AllNumbersModel::hasLoadedFirstPage() const
{
    // Any account's rows are something to show; with no accounts, there is nothing to wait for.
    return m_parts.isEmpty()
           || std::any_of(m_parts.cbegin(), m_parts.cend(),
                          [](const Part &p) { return p.model && p.model->hasLoadedFirstPage(); });
}

bool AllNumbersModel::isAtEnd() const
{
    return std::all_of(m_parts.cbegin(), m_parts.cend(),
                       [](const Part &p) { return !p.model || p.model->isAtEnd(); });
}

ApiError AllNumbersModel::lastError() const
{
    for (const Part &p : m_parts) {
        if (p.model && p.model->lastError().isError())
            return p.model->lastError();
    }
    return {};
}

void AllNumbersModel::reload()
{
    for (const Part &p : std::as_const(m_parts)) {
        if (p.model)
            p.model->reload();
    }
}

void AllNumbersModel::retry()
{
    // Only the accounts whose load failed go on; the others are read in full already.
    for (const Part &p : std::as_const(m_parts)) {
        if (p.model && p.model->lastError().isError())
            p.model->retry();
    }
}
