#pragma once

#include "section.h"

#include <QHash>
#include <QTreeView>

class Account;
class KindRegistry;
class QStandardItem;
class QStandardItemModel;

// The sidebar: every account with its sections under it. Account rows show the account's
// connection state as their icon and are not selectable; selecting a section row emits
// sectionSelected().
class AccountSidebar final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSidebar)

public:
    enum Role { AccountIdRole = Qt::UserRole + 1, SectionRole };

    explicit AccountSidebar(QWidget *parent = nullptr);
    ~AccountSidebar() override;

    // Where sections come from (titles, icons, which an account has); the built-in
    // registry unless set. Set before adding accounts; not owned.
    void setKinds(const KindRegistry *kinds) { m_kinds = kinds; }

    // Lists the account and its sections (expanded). The account must outlive the sidebar
    // or be removed first.
    void addAccount(Account *account);
    // A section listed once, under no account (All numbers), after the accounts; selecting
    // it emits sectionSelected() with no account.
    void addTopLevelSection(const Section &section);
    void removeAccount(Account *account);
    QList<Account *> accounts() const;
    // Account ids in the order to list them; accounts not named go last, in arrival order.
    // Reorders what is listed and places what arrives later.
    void setAccountOrder(const QStringList &ids);

    // A number beside the section's title in every account's row of it, and in those added
    // later ("Drafts (3)"); 0 takes it away.
    void setSectionCount(const Section &section, int count);
    int sectionCount(const Section &section) const { return m_counts.value(section.key()); }

    // Selects a section row (a top-level one with no account); false if there is none.
    bool selectSection(Account *account, const Section &section);
    // The selected section row, if any (a top-level one: no account).
    bool currentSection(Account **account, Section *section) const;

    QSize sizeHint() const override;

signals:
    void sectionSelected(Account *account, Section section);

private:
    QStandardItem *accountItem(const Account *account) const;
    QStandardItem *sectionItem(const Account *account, const Section &section) const;
    QStandardItem *topLevelItem(const Section &section) const;
    Account *accountForId(const QString &id) const;
    void updateAccountItem(Account *account);
    void onSelectionChanged();
    int rowFor(const Account *account) const; // where the order puts it among those listed
    QString sectionText(const Section &section) const;

    QStandardItemModel *m_model;
    const KindRegistry *m_kinds;
    QList<Account *> m_accounts;
    QStringList m_order;
    QHash<QString, int> m_counts; // section key -> the number beside its title
};
