#include "numberselectionmodel.h"

#include "validation/textrules.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using Validation::BroadcastChannel;
using Validation::BroadcastMaxNumbers;
using Validation::BroadcastNumberRef;

namespace {
QString digitsOf(QStringView text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

bool isNanp(const QString &e164)
{
    return e164.size() == 12 && e164.startsWith(u"+1");
}
} // namespace

// ---- NumberSelectionModel ----

NumberSelectionModel::NumberSelectionModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int NumberSelectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant NumberSelectionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.display;
    case Qt::CheckStateRole:
        return e.chosen ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        if (e.why != Ineligibility::None)
            return reason(e.why, e.ref.tollFreeVerificationId);
        return e.ref.tollFree ? tr("Toll-free number") : tr("Local number");
    case Qt::AccessibleDescriptionRole:
        if (e.why != Ineligibility::None)
            return reason(e.why, e.ref.tollFreeVerificationId);
        return e.chosen ? tr("Chosen") : tr("Not chosen");
    case IdRole:
        return e.ref.id;
    case PhoneNumberRole:
        return e.ref.phoneNumber;
    case TypeRole:
        return e.ref.tollFree ? u"toll-free"_s : u"local"_s;
    case VerificationRole:
        return e.ref.tollFreeVerificationId;
    case AreaCodeRole:
        return e.areaCode;
    case EligibleRole:
        return e.why == Ineligibility::None;
    case ChosenRole:
        return e.chosen;
    }
    return {};
}

bool NumberSelectionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool chosen = value.toInt() == Qt::Checked; // the delegate sends the state as an int
    const Entry &e = m_entries.at(index.row());
    if (e.chosen == chosen)
        return true;
    return setChosen(e.ref.id, chosen);
}

Qt::ItemFlags NumberSelectionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemNeverHasChildren;
    // An ineligible row is shown, disabled, so its tooltip can say why it cannot be chosen.
    if (m_entries.at(index.row()).why == Ineligibility::None)
        f |= Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_readOnly)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QHash<int, QByteArray> NumberSelectionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(PhoneNumberRole, "phoneNumber");
    names.insert(TypeRole, "type");
    names.insert(VerificationRole, "verification");
    names.insert(AreaCodeRole, "areaCode");
    names.insert(EligibleRole, "eligible");
    names.insert(ChosenRole, "chosen");
    return names;
}

QString NumberSelectionModel::displayNumber(const QString &e164)
{
    if (isNanp(e164))
        return u"+1 %1 %2 %3"_s.arg(e164.mid(2, 3), e164.mid(5, 3), e164.mid(8, 4));
    return Validation::displayText(e164); // the server's text: shown, never obeyed
}

void NumberSelectionModel::setNumbers(const QList<BroadcastNumberRef> &numbers)
{
    beginResetModel();
    m_entries.clear();
    m_entries.reserve(numbers.size());
    m_rowById.clear();
    m_rowById.reserve(numbers.size());
    for (const BroadcastNumberRef &ref : numbers) {
        if (m_rowById.contains(ref.id))
            continue; // the same number listed twice (pages that shifted): one row
        Entry e;
        e.ref = ref;
        e.display = displayNumber(ref.phoneNumber);
        e.digits = digitsOf(ref.phoneNumber);
        if (isNanp(ref.phoneNumber))
            e.areaCode = ref.phoneNumber.mid(2, 3);
        e.why = eligibility(ref);
        e.chosen = m_selectedSet.contains(ref.id);
        m_rowById.insert(ref.id, int(m_entries.size()));
        m_entries.append(std::move(e));
    }
    const QList<DroppedNumber> dropped = dropIneligible();
    endResetModel();
    if (!dropped.isEmpty())
        emit droppedNumbers(dropped);
    if (!dropped.isEmpty() || !m_selected.isEmpty())
        emit selectionChanged(); // known and unknown ids may have changed places
}

NumberSelectionModel::Ineligibility NumberSelectionModel::eligibility(const BroadcastNumberRef &ref) const
{
    switch (m_channel) {
    case BroadcastChannel::TenDlc:
        return ref.tollFree ? Ineligibility::TollFreeOnTenDlc : Ineligibility::None;
    case BroadcastChannel::TollFree:
        if (!ref.tollFree)
            return Ineligibility::LocalOnTollFree;
        if (m_verificationId.isEmpty())
            return Ineligibility::NoVerificationChosen;
        return ref.tollFreeVerificationId == m_verificationId ? Ineligibility::None
                                                              : Ineligibility::OtherVerification;
    }
    return Ineligibility::None;
}

QString NumberSelectionModel::verificationName(const QString &verificationId) const
{
    const QString name = m_verificationNames.value(verificationId);
    return Validation::displayText(name.isEmpty() ? verificationId : name);
}

QString NumberSelectionModel::reason(Ineligibility why, const QString &verificationId) const
{
    switch (why) {
    case Ineligibility::None:
        return {};
    case Ineligibility::TollFreeOnTenDlc:
        return tr("Toll-free number: a 10DLC project sends from local numbers");
    case Ineligibility::LocalOnTollFree:
        return tr("Local number: a toll-free project sends from toll-free numbers of its verification");
    case Ineligibility::NoVerificationChosen:
        return tr("Choose a toll-free verification first: a toll-free project sends from its numbers");
    case Ineligibility::OtherVerification:
        if (verificationId.isEmpty())
            return tr("Toll-free number without a verification: a toll-free project sends from the numbers of its verification");
        return tr("Belongs to another toll-free verification (%1)").arg(verificationName(verificationId));
    }
    return {};
}

QString NumberSelectionModel::shortReason(Ineligibility why, const QString &verificationId) const
{
    switch (why) {
    case Ineligibility::None:
        return {};
    case Ineligibility::TollFreeOnTenDlc:
        return tr("toll-free, not allowed on 10DLC");
    case Ineligibility::LocalOnTollFree:
        return tr("local, not allowed on toll-free");
    case Ineligibility::NoVerificationChosen:
        return tr("no toll-free verification chosen");
    case Ineligibility::OtherVerification:
        if (verificationId.isEmpty())
            return tr("toll-free without a verification");
        return tr("belongs to verification %1").arg(verificationName(verificationId));
    }
    return {};
}

QString NumberSelectionModel::droppedMessage(const QList<DroppedNumber> &dropped)
{
    if (dropped.isEmpty())
        return {};
    constexpr int Named = 3; // more would push the message past the two lines it has
    QStringList parts;
    for (qsizetype i = 0; i < dropped.size() && i < Named; ++i) {
        parts << tr("%1 (%2)").arg(displayNumber(dropped.at(i).phoneNumber), dropped.at(i).reason);
    }
    QString list = parts.join(tr(", "));
    if (dropped.size() > Named)
        list = tr("%1 and %n more", nullptr, int(dropped.size() - Named)).arg(list);
    return tr("Dropped %n number(s): %1", nullptr, int(dropped.size())).arg(list);
}

bool NumberSelectionModel::stillHolds(const QList<DroppedNumber> &dropped) const
{
    for (const DroppedNumber &d : dropped) {
        const int row = rowOfId(d.id);
        if (row < 0)
            return false;
        const Entry &e = m_entries.at(row);
        if (e.why == Ineligibility::None || shortReason(e.why, e.ref.tollFreeVerificationId) != d.reason)
            return false;
    }
    return true;
}

QString NumberSelectionModel::rulesNote() const
{
    const bool anyGreyed = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                       [](const Entry &e) { return e.why != Ineligibility::None; });
    if (!anyGreyed)
        return {};
    switch (m_channel) {
    case BroadcastChannel::TenDlc:
        return tr("Toll-free numbers are greyed out: a 10DLC project sends from local numbers.");
    case BroadcastChannel::TollFree:
        if (m_verificationId.isEmpty())
            return tr("Choose a toll-free verification first: a toll-free project sends from that "
                      "verification’s numbers, so every number is greyed out until then.");
        return tr("Only the numbers of the toll-free verification “%1” can be chosen; the others "
                  "are greyed out.")
            .arg(verificationName(m_verificationId));
    }
    return {};
}

QString NumberSelectionModel::limitMessage()
{
    return tr("A project sends from at most %1 numbers: remove one before choosing another.")
        .arg(BroadcastMaxNumbers);
}

void NumberSelectionModel::setChannel(BroadcastChannel channel)
{
    if (channel == m_channel)
        return;
    m_channel = channel;
    applyRules();
}

void NumberSelectionModel::setTollFreeVerification(const QString &verificationId)
{
    if (verificationId == m_verificationId)
        return;
    m_verificationId = verificationId;
    applyRules();
}

void NumberSelectionModel::setVerificationNames(const QHash<QString, QString> &names)
{
    if (names == m_verificationNames)
        return;
    m_verificationNames = names;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1),
                         {Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
}

void NumberSelectionModel::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1)); // flags
}

void NumberSelectionModel::applyRules()
{
    for (Entry &e : m_entries)
        e.why = eligibility(e.ref);
    const QList<DroppedNumber> dropped = dropIneligible();
    // Every row's flags may have changed: one signal for all, not one per row.
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1));
    emit rulesChanged();
    if (!dropped.isEmpty()) {
        emit droppedNumbers(dropped);
        emit selectionChanged();
    }
}

QList<DroppedNumber> NumberSelectionModel::dropIneligible()
{
    QList<DroppedNumber> dropped;
    QStringList kept;
    kept.reserve(m_selected.size());
    for (const QString &id : std::as_const(m_selected)) {
        const int row = m_rowById.value(id, -1);
        if (row < 0 || m_entries.at(row).why == Ineligibility::None) {
            kept << id;
            continue;
        }
        Entry &e = m_entries[row];
        e.chosen = false;
        m_selectedSet.remove(id);
        dropped.append({id, e.ref.phoneNumber, shortReason(e.why, e.ref.tollFreeVerificationId)});
    }
    m_selected = kept;
    return dropped;
}

void NumberSelectionModel::emitRowsChanged(const QList<int> &rows)
{
    if (rows.isEmpty())
        return;
    // One signal over the span: a few dozen rows at most, and the proxy re-checks a range
    // as cheaply as a row.
    const auto [first, last] = std::minmax_element(rows.cbegin(), rows.cend());
    emit dataChanged(index(*first), index(*last), {Qt::CheckStateRole, Qt::AccessibleDescriptionRole, ChosenRole});
}

bool NumberSelectionModel::setChosen(const QString &id, bool chosen)
{
    if (m_readOnly)
        return false;
    const int row = m_rowById.value(id, -1);
    if (!chosen) {
        if (!m_selectedSet.remove(id))
            return true;
        m_selected.removeOne(id);
        if (row >= 0) {
            m_entries[row].chosen = false;
            emitRowsChanged({row});
        }
        emit selectionChanged();
        return true;
    }
    if (m_selectedSet.contains(id))
        return true;
    if (row < 0 || m_entries.at(row).why != Ineligibility::None)
        return false; // only a listed, eligible number can be chosen
    if (selectedCount() >= BroadcastMaxNumbers) {
        emit limitReached(limitMessage());
        return false;
    }
    m_entries[row].chosen = true;
    m_selected << id;
    m_selectedSet.insert(id);
    emitRowsChanged({row});
    emit selectionChanged();
    return true;
}

bool NumberSelectionModel::chooseRows(const QList<int> &rows)
{
    if (m_readOnly)
        return false;
    QList<int> toChoose;
    for (const int row : rows) {
        if (row < 0 || row >= m_entries.size())
            continue;
        const Entry &e = m_entries.at(row);
        if (!e.chosen && e.why == Ineligibility::None && !toChoose.contains(row))
            toChoose << row;
    }
    if (toChoose.isEmpty())
        return true;
    if (selectedCount() + toChoose.size() > BroadcastMaxNumbers) {
        emit limitReached(limitMessage());
        return false;
    }
    for (const int row : std::as_const(toChoose)) {
        Entry &e = m_entries[row];
        e.chosen = true;
        m_selected << e.ref.id;
        m_selectedSet.insert(e.ref.id);
    }
    emitRowsChanged(toChoose);
    emit selectionChanged();
    return true;
}

void NumberSelectionModel::setSelectedIds(const QStringList &ids)
{
    QStringList unique;
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            unique << id;
        }
    }
    if (unique == m_selected)
        return;

    QList<int> touched;
    for (const QString &id : std::as_const(m_selected)) {
        if (const int row = m_rowById.value(id, -1); row >= 0 && !seen.contains(id)) {
            m_entries[row].chosen = false;
            touched << row;
        }
    }
    for (const QString &id : std::as_const(unique)) {
        if (const int row = m_rowById.value(id, -1); row >= 0 && !m_entries.at(row).chosen) {
            m_entries[row].chosen = true;
            touched << row;
        }
    }
    m_selected = unique;
    m_selectedSet = seen;
    const QList<DroppedNumber> dropped = dropIneligible();
    emitRowsChanged(touched);
    if (!dropped.isEmpty())
        emit droppedNumbers(dropped);
    emit selectionChanged();
}

QStringList NumberSelectionModel::unknownSelectedIds() const
{
    QStringList unknown;
    for (const QString &id : m_selected) {
        if (!m_rowById.contains(id))
            unknown << id;
    }
    return unknown;
}

void NumberSelectionModel::clear()
{
    if (m_readOnly || m_selected.isEmpty())
        return;
    QList<int> touched;
    for (const QString &id : std::as_const(m_selected)) {
        if (const int row = m_rowById.value(id, -1); row >= 0) {
            m_entries[row].chosen = false;
            touched << row;
        }
    }
    m_selected.clear();
    m_selectedSet.clear();
    emitRowsChanged(touched);
    emit selectionChanged();
}

// ---- NumberSelectionFilterModel ----

NumberSelectionFilterModel::NumberSelectionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0); // lessThan(): eligible first, then by number
}

void NumberSelectionFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_numbers = qobject_cast<NumberSelectionModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void NumberSelectionFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_digits = digitsOf(trimmed);
    m_letters.clear();
    for (const QChar c : trimmed) {
        if (c.isLetter())
            m_letters += c.toLower();
    }
    invalidateRowsFilter();
    emit filterChanged();
}

void NumberSelectionFilterModel::setChosenOnly(bool chosenOnly)
{
    if (chosenOnly == m_chosenOnly)
        return;
    m_chosenOnly = chosenOnly;
    invalidateRowsFilter();
    emit filterChanged();
}

bool NumberSelectionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_numbers)
        return false;
    const NumberSelectionModel::Entry &e = m_numbers->entryAt(sourceRow);
    if (m_chosenOnly && !e.chosen)
        return false;
    if (!m_digits.isEmpty() && !e.digits.contains(m_digits))
        return false;
    if (m_letters.isEmpty())
        return true;
    const QStringView type = e.ref.tollFree ? u"tollfree" : u"local";
    if (type.contains(m_letters))
        return true;
    if (e.ref.tollFreeVerificationId.isEmpty())
        return false;
    QString name = m_numbers->verificationName(e.ref.tollFreeVerificationId).toLower();
    name.removeIf([](QChar c) { return !c.isLetter(); });
    return name.contains(m_letters);
}

bool NumberSelectionFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_numbers)
        return left.row() < right.row();
    const NumberSelectionModel::Entry &l = m_numbers->entryAt(left.row());
    const NumberSelectionModel::Entry &r = m_numbers->entryAt(right.row());
    const bool a = l.why == NumberSelectionModel::Ineligibility::None;
    const bool b = r.why == NumberSelectionModel::Ineligibility::None;
    if (a != b)
        return a;
    // By number: country code first, so a plain comparison of the digits is E.164 order.
    if (const int byNumber = l.digits.compare(r.digits); byNumber != 0)
        return byNumber < 0;
    return left.row() < right.row();
}

QList<int> NumberSelectionFilterModel::visibleChoosableRows() const
{
    QList<int> rows;
    if (!m_numbers)
        return rows;
    const int count = rowCount();
    for (int r = 0; r < count; ++r) {
        const int sourceRow = mapToSource(index(r, 0)).row();
        const NumberSelectionModel::Entry &e = m_numbers->entryAt(sourceRow);
        if (!e.chosen && e.why == NumberSelectionModel::Ineligibility::None)
            rows << sourceRow;
    }
    return rows;
}

int NumberSelectionFilterModel::visibleChoosableCount() const
{
    return int(visibleChoosableRows().size());
}

bool NumberSelectionFilterModel::canSelectAllVisible(QString *why) const
{
    const auto answer = [why](bool ok, const QString &text) {
        if (why)
            *why = text;
        return ok;
    };
    if (!m_numbers)
        return answer(false, {});
    if (m_numbers->isReadOnly())
        return answer(false, tr("The numbers cannot be changed here"));
    const int choosable = visibleChoosableCount();
    const int chosen = m_numbers->selectedCount();
    if (choosable == 0) {
        if (rowCount() == 0)
            return answer(false, m_numbers->rowCount() == 0 ? tr("No numbers to choose from")
                                                            : tr("No numbers match the filter"));
        for (int r = 0; r < rowCount(); ++r) {
            if (index(r, 0).data(NumberSelectionModel::EligibleRole).toBool())
                return answer(false, tr("Every number shown that this project can use is chosen already"));
        }
        return answer(false, tr("None of the numbers shown can be used by this project"));
    }
    if (chosen + choosable > Validation::BroadcastMaxNumbers) {
        if (chosen == 0)
            return answer(false, tr("%n number(s) match; a project takes at most %1", nullptr, choosable)
                                     .arg(Validation::BroadcastMaxNumbers));
        return answer(false, tr("%n more number(s) match, with %1 chosen already; a project takes at most %2",
                                nullptr, choosable)
                                 .arg(chosen)
                                 .arg(Validation::BroadcastMaxNumbers));
    }
    return answer(true, tr("Choose the %n number(s) shown that this project can use", nullptr, choosable));
}

bool NumberSelectionFilterModel::selectAllVisible()
{
    if (!canSelectAllVisible())
        return false;
    return m_numbers->chooseRows(visibleChoosableRows());
}

// ---- ChosenNumbersModel ----

ChosenNumbersModel::ChosenNumbersModel(NumberSelectionModel *numbers, QObject *parent)
    : QAbstractListModel(parent)
    , m_numbers(numbers)
{
    // At most 49 rows (a restored draft may hold a few more): a reset per change is cheaper
    // than working out the moves, and keeps the order chosen exactly.
    connect(numbers, &NumberSelectionModel::selectionChanged, this, &ChosenNumbersModel::reload);
    connect(numbers, &NumberSelectionModel::modelReset, this, &ChosenNumbersModel::reload);
    m_ids = numbers->selectedIds();
}

void ChosenNumbersModel::reload()
{
    beginResetModel();
    m_ids = m_numbers->selectedIds();
    endResetModel();
}

int ChosenNumbersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant ChosenNumbersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &id = m_ids.at(index.row());
    const int row = m_numbers->rowOfId(id);
    switch (role) {
    case Qt::DisplayRole:
        if (row < 0)
            return tr("%1 (not found)").arg(Validation::displayText(id));
        return m_numbers->entryAt(row).display;
    case Qt::ToolTipRole:
        if (row < 0)
            return tr("Not among the organisation's numbers: released since, or the lists have not loaded yet");
        return m_numbers->entryAt(row).ref.tollFree ? tr("Toll-free number") : tr("Local number");
    case IdRole:
        return id;
    case KnownRole:
        return row >= 0;
    }
    return {};
}

Qt::ItemFlags ChosenNumbersModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void ChosenNumbersModel::removeChosen(const QList<int> &rows)
{
    QStringList ids;
    for (const int row : rows) {
        if (row >= 0 && row < m_ids.size())
            ids << m_ids.at(row);
    }
    for (const QString &id : std::as_const(ids))
        m_numbers->setChosen(id, false);
}
