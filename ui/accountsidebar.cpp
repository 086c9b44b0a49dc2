#include "accountsidebar.h"

#include "api/account.h"
#include "icons.h"
#include "kindregistry.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSignalBlocker>
#include <QStandardItemModel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QIcon stateIcon(Account::ConnectionState state)
{
    switch (state) {
    case Account::ConnectionState::Online:
        return Icons::icon(u"state-online"_s);
    case Account::ConnectionState::Offline:
        return Icons::icon(u"state-offline"_s);
    case Account::ConnectionState::AuthFailed:
        return Icons::icon(u"state-authfailed"_s);
    case Account::ConnectionState::Unknown:
    case Account::ConnectionState::Connecting:
        break;
    }
    return Icons::icon(u"state-connecting"_s);
}
} // namespace

AccountSidebar::AccountSidebar(QWidget *parent)
    : QTreeView(parent)
    , m_model(new QStandardItemModel(this))
    , m_kinds(&KindRegistry::builtIn())
{
    setObjectName(u"accountSidebar"_s);
    setModel(m_model);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setIconSize(QSize(20, 20));
    setAnimated(true);
    setExpandsOnDoubleClick(false);
    setItemsExpandable(true);
    setAccessibleName(tr("Accounts"));
    setToolTip(tr("Accounts and their sections"));
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountSidebar::onSelectionChanged);
}

AccountSidebar::~AccountSidebar() = default;

QSize AccountSidebar::sizeHint() const
{
    return {240, QTreeView::sizeHint().height()};
}

void AccountSidebar::addAccount(Account *account)
{
    if (!account || accountItem(account))
        return;
    const int row = rowFor(account);
    m_accounts.insert(row, account);

    auto *item = new QStandardItem(account->displayName());
    item->setData(account->id(), AccountIdRole);
    item->setFlags(Qt::ItemIsEnabled);
    QFont bold = font();
    bold.setBold(true);
    item->setFont(bold);
    for (const Section &section : m_kinds->sectionsFor(account->families())) {
        auto *child = new QStandardItem(m_kinds->sectionIcon(section), sectionText(section));
        child->setData(account->id(), AccountIdRole);
        child->setData(section.key(), SectionRole);
        child->setToolTip(m_kinds->sectionDescription(section));
        child->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->appendRow(child);
    }
    m_model->insertRow(row, item);
    expand(item->index());
    updateAccountItem(account);

    connect(account, &Account::connectionStateChanged, this,
            [this, account] { updateAccountItem(account); });
    connect(account, &Account::changed, this, [this, account] { updateAccountItem(account); });
    connect(account, &QObject::destroyed, this, [this](QObject *object) {
        // Compare addresses only: the account is half destroyed by now.
        const int row = int(m_accounts.indexOf(static_cast<Account *>(object)));
        if (row >= 0) {
            m_accounts.removeAt(row);
            m_model->removeRow(row);
        }
    });
}

void AccountSidebar::addTopLevelSection(const Section &section)
{
    if (topLevelItem(section))
        return;
    // After every account: accounts' rows are the first ones, in m_accounts' order.
    auto *item = new QStandardItem(m_kinds->sectionIcon(section), sectionText(section));
    item->setData(section.key(), SectionRole);
    item->setToolTip(m_kinds->sectionDescription(section));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_model->appendRow(item);
}

QStandardItem *AccountSidebar::topLevelItem(const Section &section) const
{
    for (int row = int(m_accounts.size()); row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->data(SectionRole).toString() == section.key())
            return m_model->item(row);
    }
    return nullptr;
}

QString AccountSidebar::sectionText(const Section &section) const
{
    const int count = m_counts.value(section.key());
    const QString title = m_kinds->sectionTitle(section);
    return count > 0 ? tr("%1 (%2)").arg(title, QLocale().toString(count)) : title;
}

void AccountSidebar::setSectionCount(const Section &section, int count)
{
    if (m_counts.value(section.key()) == count)
        return;
    m_counts.insert(section.key(), count);
    for (const Account *account : std::as_const(m_accounts)) {
        if (QStandardItem *item = sectionItem(account, section))
            item->setText(sectionText(section));
    }
}

void AccountSidebar::removeAccount(Account *account)
{
    const int row = int(m_accounts.indexOf(account));
    if (row < 0)
        return;
    disconnect(account, nullptr, this, nullptr);
    m_model->removeRow(row);
    m_accounts.removeAt(row);
}

QList<Account *> AccountSidebar::accounts() const
{
    return m_accounts;
}

int AccountSidebar::rowFor(const Account *account) const
{
    const qsizetype rank = m_order.indexOf(account->id());
    if (rank < 0)
        return int(m_accounts.size());
    int row = 0;
    for (const Account *listed : m_accounts) {
        const qsizetype other = m_order.indexOf(listed->id());
        if (other < 0 || other > rank)
            break;
        ++row;
    }
    return row;
}

void AccountSidebar::setAccountOrder(const QStringList &ids)
{
    m_order = ids;
    QList<Account *> sorted = m_accounts;
    std::stable_sort(sorted.begin(), sorted.end(), [this](const Account *a, const Account *b) {
        const auto rank = [this](const Account *x) {
            const qsizetype r = m_order.indexOf(x->id());
            return r < 0 ? m_order.size() : r;
        };
        return rank(a) < rank(b);
    });
    if (sorted == m_accounts)
        return;
    // Move rows one by one, keeping the items (and their expanded state and selection).
    Account *current = nullptr;
    Section section = Section::Drafts;
    const bool hadSelection = currentSection(&current, &section);
    {
        // The section shown does not change: nobody needs to hear about the moves.
        const QSignalBlocker blocker(selectionModel());
        for (int target = 0; target < sorted.size(); ++target) {
            const int from = int(m_accounts.indexOf(sorted.at(target)));
            if (from == target)
                continue;
            const QList<QStandardItem *> row = m_model->takeRow(from);
            m_model->insertRow(target, row);
            m_accounts.move(from, target);
            expand(m_model->index(target, 0));
        }
    }
    if (hadSelection) {
        const QSignalBlocker blocker(this);
        selectSection(current, section);
    }
}

bool AccountSidebar::selectSection(Account *account, const Section &section)
{
    QStandardItem *item = account ? sectionItem(account, section) : topLevelItem(section);
    if (!item)
        return false;
    setCurrentIndex(item->index()); // selects it too (single selection)
    scrollTo(item->index());
    return true;
}

bool AccountSidebar::currentSection(Account **account, Section *section) const
{
    const QModelIndexList rows = selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    const QModelIndex index = rows.first();
    const QVariant sectionData = index.data(SectionRole);
    const bool topLevel = !index.parent().isValid();
    Account *a = topLevel ? nullptr : accountForId(index.data(AccountIdRole).toString());
    if (!sectionData.isValid() || (!a && !topLevel))
        return false;
    if (account)
        *account = a;
    if (section)
        *section = Section(sectionData.toString());
    return true;
}

QStandardItem *AccountSidebar::accountItem(const Account *account) const
{
    const int row = int(m_accounts.indexOf(const_cast<Account *>(account)));
    return row < 0 ? nullptr : m_model->item(row);
}

QStandardItem *AccountSidebar::sectionItem(const Account *account, const Section &section) const
{
    QStandardItem *parent = accountItem(account);
    if (!parent)
        return nullptr;
    for (int i = 0; i < parent->rowCount(); ++i) {
        QStandardItem *child = parent->child(i);
        if (child->data(SectionRole).toString() == section.key())
            return child;
    }
    return nullptr;
}

Account *AccountSidebar::accountForId(const QString &id) const
{
    for (Account *a : m_accounts) {
        if (a->id() == id)
            return a;
    }
    return nullptr;
}

void AccountSidebar::updateAccountItem(Account *account)
{
    QStandardItem *item = accountItem(account);
    if (!item)
        return;
    const Account::ConnectionState state = account->connectionState();
    item->setIcon(stateIcon(state));
    item->setText(account->displayName());
    // The name first: in a narrow sidebar it may be cut, and the tooltip says it whole.
    QStringList tip{account->displayName()};
    if (!account->description().isEmpty())
        tip << account->description();
    if (account->isLive())
        tip << tr("Live account: what you create, buy or change here happens on the real account.");
    tip << tr("Connection: %1").arg(Account::stateText(state));
    const QString problem = account->connectionProblem();
    if (!problem.isEmpty())
        tip << problem;
    item->setToolTip(tip.join(u'\n'));
}

void AccountSidebar::onSelectionChanged()
{
    Account *account = nullptr;
    Section section = Section::Drafts;
    if (currentSection(&account, &section))
        emit sectionSelected(account, section);
}
