#include "accountlistmodel.h"

AccountListModel::AccountListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

AccountListModel::~AccountListModel() = default;

void AccountListModel::setAccounts(const QList<AccountConfig> &accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

AccountConfig AccountListModel::account(int row) const
{
    return row >= 0 && row < m_accounts.size() ? m_accounts.at(row) : AccountConfig();
}

int AccountListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == id)
            return i;
    }
    return -1;
}

QStringList AccountListModel::otherNames(int row) const
{
    QStringList names;
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (i != row)
            names << m_accounts.at(i).name;
    }
    return names;
}

QString AccountListModel::problemAt(int row) const
{
    const AccountConfig c = account(row);
    for (const AccountProblem &p : c.problems(otherNames(row))) {
        if (p.field == AccountField::Secret && c.secret.isEmpty()
            && m_secretMayBeMissing.contains(c.id)) {
            continue;
        }
        return p.check.reason;
    }
    return {};
}

void AccountListModel::setAccount(int row, const AccountConfig &config)
{
    if (row < 0 || row >= m_accounts.size())
        return;
    m_accounts[row] = config;
    // A name change can make another row's name unique again, or not: every row's problem.
    emit dataChanged(index(0), index(int(m_accounts.size()) - 1));
}

int AccountListModel::appendAccount(const AccountConfig &config)
{
    const int row = int(m_accounts.size());
    beginInsertRows({}, row, row);
    m_accounts.append(config);
    endInsertRows();
    return row;
}

void AccountListModel::removeAccount(int row)
{
    if (row < 0 || row >= m_accounts.size())
        return;
    beginRemoveRows({}, row, row);
    m_accounts.removeAt(row);
    endRemoveRows();
    if (!m_accounts.isEmpty())
        emit dataChanged(index(0), index(int(m_accounts.size()) - 1));
}

bool AccountListModel::moveAccount(int from, int to)
{
    if (from < 0 || from >= m_accounts.size() || to < 0 || to >= m_accounts.size() || from == to)
        return false;
    // beginMoveRows counts the destination before the move: one past when moving down.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    m_accounts.move(from, to);
    endMoveRows();
    return true;
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountConfig &c = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return c.name.trimmed().isEmpty() ? tr("New %1 account").arg(familyName(c.family))
                                          : c.name.trimmed();
    case Qt::ToolTipRole: {
        const QString problem = problemAt(index.row());
        return problem.isEmpty() ? c.summary() : c.summary() + u'\n' + problem;
    }
    case IdRole:
        return c.id;
    case FamilyRole:
        return int(c.family);
    case OriginRole:
        return int(c.origin);
    case SummaryRole:
        return c.summary();
    case ProblemRole:
        return problemAt(index.row());
    default:
        break;
    }
    return {};
}
