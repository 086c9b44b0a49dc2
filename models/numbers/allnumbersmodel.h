#pragma once

#include "api/listmodel.h"
#include "numberrows.h"

#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>

class Account;
class AccountClient;
class JobProgress;
class NumberTableModel;

// Every number of every Twilio and SignalWire account as one table, for the All numbers
// section: the rows of each account's shared NumberTableModel (NumberTableModel::forClient,
// the same table and cache its Numbers section shows), one account after another, with the
// Account column filled. Nothing is copied: a row is found by (account, row) on the fly,
// and each account's inserts, changes, removals and sweeps reach the views as the same
// signals at its offset. Accounts come and go with setAccounts() or addClient() (or when a
// table is destroyed with its client): a model reset, which is rare. A NumberFilterModel
// sorts and filters it.
//
//     AllNumbersModel all(dataFolder);
//     all.setAccounts(accounts);                // their Twilio and SignalWire clients
//     proxy.setSourceModel(&all);
//     all.startLoading();                       // each account's cache, then its server
class AllNumbersModel final : public ListModel, public NumberRows
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllNumbersModel)

public:
    explicit AllNumbersModel(const QString &dataFolder, QObject *parent = nullptr);
    ~AllNumbersModel() override;

    // The numbers of these accounts' Twilio and SignalWire clients, in this order.
    void setAccounts(const QList<Account *> &accounts);
    // One client's table (for tests and callers without an Account); `name` fills the
    // Account column. Ignored if listed already.
    void addClient(AccountClient *client, const QString &name);
    QList<NumberTableModel *> tables() const;
    // The table holding the number with this SID (and its row there), or null.
    NumberTableModel *tableOf(const QString &sid, int *row = nullptr) const;
    // The row of the number with this SID in this model; -1 if not listed.
    int rowOf(const QString &sid) const;
    // The first row of a table's rows here; -1 if it is not listed.
    int offsetOf(const NumberTableModel *table) const;
    // The accounts' load jobs running now (the status bar shows each).
    QList<JobProgress *> jobs() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // --- NumberRows ---
    int partCount() const override { return int(m_parts.size()); }
    NumberTableModel *part(int index) const override;
    QString partName(int index) const override;
    std::pair<int, int> locate(int row) const override;

    // --- ListModel: over every account ---
    void startLoading() override;
    bool isLoading() const override;
    bool hasLoadedFirstPage() const override;
    bool isAtEnd() const override;
    ApiError lastError() const override;
    void reload() override;
    void retry() override;

signals:
    // An account's load started (its job is what the status bar shows).
    void jobStarted(JobProgress *job);
    // An account's table was read in full from its server.
    void tableRefreshed(NumberTableModel *table);

private:
    struct Part
    {
        QPointer<NumberTableModel> model;
        QString name;
        QPointer<Account> account; // whose name `name` is; null for addClient()'s
        int offset = 0; // its first row here, as of the last change that reached this model
    };
    // While a table's layout changes: where each of this model's persistent indexes was, as
    // (part, row) or, for the changing table's rows, as that table's own persistent index.
    struct Held
    {
        int part = -1;
        int row = -1;
        bool changing = false; // a row of the changing table: followed by inPart
        QPersistentModelIndex inPart;
    };
    void setParts(const QList<Part> &parts);
    void onAccountChanged(const Account *account);
    int indexOf(const QObject *table) const;
    void connectPart(NumberTableModel *table);
    void updateOffsets();
    void updateTotal();

    QString m_dataFolder;
    bool m_started = false;
    bool m_wasLoading = false;
    QList<Part> m_parts;
    int m_rowCount = 0; // the rows of every part, as of the last change that reached this model
    QModelIndexList m_layoutBefore;
    QList<Held> m_layoutHeld;
};
