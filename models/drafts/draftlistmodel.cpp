#include "draftlistmodel.h"

#include "validation/textrules.h"

#include "draftstore.h"

#include <QLocale>

using namespace Qt::StringLiterals;

DraftListModel::DraftListModel(DraftStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    m_rows = store->drafts();
    reindexFrom(0);
    connect(store, &DraftStore::draftAdded, this, &DraftListModel::addDraft);
    connect(store, &DraftStore::draftChanged, this, &DraftListModel::changeDraft);
    connect(store, &DraftStore::draftRemoved, this, &DraftListModel::removeDraft);
}

DraftListModel::~DraftListModel() = default;

void DraftListModel::setKindTitles(const QHash<QString, QString> &titles)
{
    m_kindTitles = titles;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, KindColumn), index(rowCount() - 1, KindColumn));
}

void DraftListModel::setAccountNames(const QHash<QString, QString> &names)
{
    m_accountNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, AccountColumn), index(rowCount() - 1, AccountColumn));
}

void DraftListModel::setBlockedProfiles(const QHash<QString, QString> &reasons)
{
    if (reasons == m_blocked)
        return;
    m_blocked = reasons;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString DraftListModel::blockedReason(const Draft &draft) const
{
    if (draft.state == OutboxState::Sent)
        return {}; // history: nothing left to send
    return m_blocked.value(draft.accountId);
}

int DraftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DraftListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DraftListModel::stateText(const Draft &draft)
{
    if (draft.state == OutboxState::Rejected && !draft.errorMessage.isEmpty())
        return tr("Rejected: %1").arg(draft.errorMessage);
    if (draft.state == OutboxState::Queued && !draft.errorMessage.isEmpty())
        return tr("Waiting to send: %1").arg(draft.errorMessage);
    if (draft.state == OutboxState::Sent && !draft.remoteId.isEmpty())
        return tr("Sent (%1)").arg(draft.remoteId);
    if (const QString checking = draft.checkingText(); !checking.isEmpty())
        return checking; // "Checking whether the purchase went through…"
    return outboxStateTitle(draft.state);
}

QString DraftListModel::stateToolTip(const Draft &draft)
{
    QString explanation;
    switch (draft.state) {
    case OutboxState::Editing:
        explanation = tr("Kept on this computer. Choose “Send when online” to submit it.");
        break;
    case OutboxState::Queued:
        explanation = tr("In the outbox: sent as soon as the account’s server can be reached.");
        break;
    case OutboxState::Sending:
        explanation = tr("Being sent now.");
        break;
    case OutboxState::Unknown:
        explanation = tr("The connection was lost while sending. Switchboard checks with the "
                         "server whether it arrived, and looks again a few times over a minute "
                         "or so before it believes it did not, so nothing is created twice.");
        if (const QDateTime next = draft.nextCheckAt(); next.isValid())
            explanation += u' ' + tr("Next look at %1.").arg(next.toLocalTime().time().toString(u"HH:mm:ss"_s));
        break;
    case OutboxState::Sent:
        explanation = tr("Created on the server.");
        break;
    case OutboxState::Rejected:
        explanation = tr("The server did not accept it. Fix the fields below and send it again.");
        break;
    case OutboxState::Undecided:
        explanation = tr("The server has records that may be this draft, and Switchboard cannot "
                         "tell whether it created one. Open it to choose; nothing is sent "
                         "until you do.");
        break;
    }
    QString html = u"<p>"_s + explanation.toHtmlEscaped() + u"</p>"_s;
    if (!draft.errorMessage.isEmpty())
        html += u"<p>"_s + draft.errorMessage.toHtmlEscaped() + u"</p>"_s;
    if (!draft.errors.isEmpty()) {
        html += u"<ul>"_s;
        for (const FieldError &e : draft.errors) {
            html += u"<li><b>"_s + e.field.toHtmlEscaped() + u"</b>: "_s
                    + e.message.toHtmlEscaped() + u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    return html;
}

QVariant DraftListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Draft &d = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return d.id;
    case StateRole:
        return int(d.state);
    case KindRole:
        return d.kind;
    case BlockedRole:
        return blockedReason(d);
    case Qt::DisplayRole:
        if (index.column() == StateColumn && !blockedReason(d).isEmpty())
            return tr("Cannot be sent");
        switch (index.column()) {
        case KindColumn: return m_kindTitles.value(d.kind, d.kind);
        // A title may come from an imported file: shown, never obeyed.
        case TitleColumn:
            return d.title.isEmpty() ? tr("(untitled)") : Validation::displayText(d.title);
        case AccountColumn: return m_accountNames.value(d.accountId, d.accountId);
        case LastEditColumn:
            return QLocale().toString(d.updatedAt.toLocalTime(), QLocale::ShortFormat);
        case ValidColumn: return d.valid ? tr("Ready") : tr("Incomplete");
        case StateColumn: return stateText(d);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case KindColumn: return m_kindTitles.value(d.kind, d.kind);
        case TitleColumn: return d.title;
        case AccountColumn: return m_accountNames.value(d.accountId, d.accountId);
        case LastEditColumn: return d.updatedAt;
        case ValidColumn: return d.valid;
        case StateColumn: return int(d.state);
        }
        break;
    case Qt::ToolTipRole:
        if ((index.column() == StateColumn || index.column() == AccountColumn)
            && !blockedReason(d).isEmpty()) {
            return QString(u"<p>"_s + blockedReason(d).toHtmlEscaped() + u"</p>"_s);
        }
        switch (index.column()) {
        case StateColumn: return stateToolTip(d);
        case ValidColumn:
            return d.valid ? tr("Every field passes the checks that can be made offline.")
                           : tr("Some fields are missing or wrong; open the draft to see which.");
        case LastEditColumn:
            return QLocale().toString(d.updatedAt.toLocalTime(), QLocale::LongFormat);
        case AccountColumn: return d.accountId;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant DraftListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Kind");
    case TitleColumn: return tr("Title");
    case AccountColumn: return tr("Account");
    case LastEditColumn: return tr("Last edit");
    case ValidColumn: return tr("Valid");
    case StateColumn: return tr("Outbox");
    }
    return {};
}

QString DraftListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int DraftListModel::rowOf(const QString &id) const
{
    return m_rowOf.value(id, -1);
}

QModelIndex DraftListModel::indexOf(const QString &id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

void DraftListModel::addDraft(const QString &id)
{
    if (!m_store || m_rowOf.contains(id))
        return;
    const Draft d = m_store->draft(id);
    if (d.isNull())
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(d);
    m_rowOf.insert(id, row);
    endInsertRows();
}

void DraftListModel::changeDraft(const QString &id)
{
    const int row = rowOf(id);
    if (!m_store || row < 0)
        return;
    m_rows[row] = m_store->draft(id);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DraftListModel::removeDraft(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowOf.remove(id);
    reindexFrom(row);
    endRemoveRows();
}

void DraftListModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).id, i);
}
