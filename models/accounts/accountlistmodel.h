#pragma once

#include "accountconfig.h"

#include <QAbstractListModel>

// The accounts dialog's list: AccountConfig values in the user's order, edited in place
// (setAccount), added, removed and moved, one begin/end pair per change.
//
//     AccountListModel model;
//     model.setAccounts(manager.accounts());
//     model.moveAccount(2, 0);                  // to the top
//     manager.apply(model.accounts());
class AccountListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountListModel)

public:
    enum Role {
        IdRole = Qt::UserRole, // QString
        FamilyRole,            // int(ApiFamily)
        OriginRole,            // int(AccountOrigin)
        SummaryRole,           // one line: family, SID, server
        ProblemRole,           // the first problem, "" when it can be used
    };

    explicit AccountListModel(QObject *parent = nullptr);
    ~AccountListModel() override;

    void setAccounts(const QList<AccountConfig> &accounts);
    QList<AccountConfig> accounts() const { return m_accounts; }
    AccountConfig account(int row) const;
    int rowOf(const QString &id) const; // -1 when absent
    // Names of every account but the one at row, for the unique-name rule.
    QStringList otherNames(int row) const;
    // The first problem of the account at row, "" when none. Accounts whose secret may
    // stay missing (known without one when the dialog opened) are not held up by it.
    QString problemAt(int row) const;
    void setSecretMayBeMissing(const QStringList &ids) { m_secretMayBeMissing = ids; }

    void setAccount(int row, const AccountConfig &config);
    int appendAccount(const AccountConfig &config); // returns its row
    void removeAccount(int row);
    bool moveAccount(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<AccountConfig> m_accounts;
    QStringList m_secretMayBeMissing;
};
