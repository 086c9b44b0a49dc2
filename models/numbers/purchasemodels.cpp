#include "purchasemodels.h"

#include "incomingnumber.h"
#include "validation/textrules.h"

using namespace Qt::StringLiterals;

namespace {
QString capabilities(bool voice, bool sms, bool mms, bool fax)
{
    QStringList caps;
    if (voice)
        caps << AvailableNumberModel::tr("Voice");
    if (sms)
        caps << AvailableNumberModel::tr("SMS");
    if (mms)
        caps << AvailableNumberModel::tr("MMS");
    if (fax)
        caps << AvailableNumberModel::tr("Fax");
    return caps.join(u' '); // "Voice SMS MMS Fax": four words that fit a narrow column
}

QString location(const AvailableNumber &n)
{
    QStringList parts;
    if (!n.locality.isEmpty())
        parts << n.locality;
    if (!n.region.isEmpty())
        parts << n.region;
    return parts.join(u", "_s); // the postal code is in the tooltip: the cell stays short
}
} // namespace

AvailableNumberModel::AvailableNumberModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int AvailableNumberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_numbers.size());
}

int AvailableNumberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AvailableNumberModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AvailableNumber &n = m_numbers.at(index.row());
    const bool inCart = m_inCart.contains(n.phoneNumber);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return formatPhoneNumber(n.phoneNumber);
        case LocationColumn:
            return Validation::displayText(location(n)); // the server's words: shown, never obeyed
        case CapabilitiesColumn:
            return capabilities(n.voice, n.sms, n.mms, n.fax);
        case NoteColumn:
            if (inCart)
                return tr("In the cart");
            return n.requiresAddress() ? tr("Needs address") : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NoteColumn && inCart)
            return tr("Already in the cart: it is bought with the others.");
        if (index.column() == NoteColumn && n.requiresAddress())
            return tr("Local regulations require an address (%1) to buy this number.")
                .arg(n.addressRequirements);
        if (index.column() == NumberColumn)
            return n.phoneNumber;
        if (index.column() == LocationColumn && !n.postalCode.isEmpty())
            return Validation::displayText(QString(location(n) + u' ' + n.postalCode));
        return Validation::displayText(n.friendlyName);
    case NumberRole:
        return QVariant::fromValue(n);
    case InCartRole:
        return inCart;
    }
    return {};
}

Qt::ItemFlags AvailableNumberModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (m_inCart.contains(m_numbers.at(index.row()).phoneNumber))
        return Qt::ItemIsEnabled; // shown, not selectable again
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant AvailableNumberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case LocationColumn:
        return tr("Location");
    case CapabilitiesColumn:
        return tr("Capabilities");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

void AvailableNumberModel::setNumbers(const QList<AvailableNumber> &numbers)
{
    beginResetModel();
    m_numbers = numbers;
    endResetModel();
}

void AvailableNumberModel::setInCart(const QSet<QString> &keys)
{
    if (keys == m_inCart)
        return;
    m_inCart = keys;
    if (!m_numbers.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

PurchaseCartModel::PurchaseCartModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int PurchaseCartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PurchaseCartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PurchaseCartModel::stateText(const PurchaseItem &item, bool hasAddress)
{
    // A few words each, so the cell reads in full; the reason and the next step are in the
    // tooltip and under the cart.
    switch (item.state) {
    case PurchaseItem::State::Pending:
        if (item.isAreaCodeItem())
            return tr("Pick a number");
        if (item.needsAddress() && !hasAddress)
            return tr("Needs an address");
        if (item.needsAddress())
            return tr("To buy, with address");
        return tr("To buy");
    case PurchaseItem::State::Bought:
        return item.isAreaCodeItem() && !item.boughtNumber.isEmpty()
                   ? tr("Bought: %1").arg(formatPhoneNumber(item.boughtNumber))
                   : tr("Bought");
    case PurchaseItem::State::AlreadyOwned:
        return tr("Already yours");
    case PurchaseItem::State::Failed:
        return tr("Not bought: %1").arg(purchaseErrorText(item.errorCode, item.errorMessage).brief);
    case PurchaseItem::State::Unsettled:
        return tr("Needs your decision");
    }
    return {};
}

void PurchaseCartModel::setHasAddress(bool hasAddress)
{
    if (m_hasAddress == hasAddress)
        return;
    m_hasAddress = hasAddress;
    changedAll();
}

void PurchaseCartModel::setInFlight(const QString &key, const QString &text)
{
    if (m_inFlightKey == key && m_inFlightText == text)
        return;
    m_inFlightKey = key;
    m_inFlightText = text;
    changedAll();
}

void PurchaseCartModel::changedAll()
{
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant PurchaseCartModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PurchaseItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            if (item.isAreaCodeItem() && item.boughtNumber.isEmpty())
                return tr("Any in %1").arg(item.areaCode); // an older version's; said in full below
            return formatPhoneNumber(item.number());
        case LocationColumn:
            if (!item.pickedFor.isEmpty() && location(item.offer).isEmpty())
                return tr("Area code %1").arg(item.pickedFor);
            return Validation::displayText(location(item.offer));
        case StateColumn:
            if (item.state == PurchaseItem::State::Pending && item.key() == m_inFlightKey
                && !m_inFlightText.isEmpty())
                return m_inFlightText;
            return stateText(item, m_hasAddress);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NumberColumn) {
            QString tip = item.number();
            if (const QString place = location(item.offer); !place.isEmpty())
                tip += u'\n' + Validation::displayText(place);
            if (!item.pickedFor.isEmpty())
                tip += u'\n' + tr("Picked for “any number in area code %1”.").arg(item.pickedFor);
            if (!item.sid.isEmpty())
                tip += u'\n' + item.sid;
            return tip;
        }
        if (index.column() == StateColumn && (item.state == PurchaseItem::State::Failed
                                              || item.state == PurchaseItem::State::Unsettled)) {
            const PurchaseErrorText words = purchaseErrorText(item.errorCode, item.errorMessage);
            QString tip = words.text;
            if (!words.nextStep.isEmpty())
                tip += u'\n' + words.nextStep;
            if (!item.errorCode.isEmpty())
                tip += u"\n("_s + tr("error %1").arg(item.errorCode) + u')';
            return tip;
        }
        if (index.column() == StateColumn && item.state == PurchaseItem::State::AlreadyOwned)
            return tr("The account had this number before: it was not bought again (%1).").arg(item.sid);
        if (index.column() == StateColumn && !item.sid.isEmpty())
            return item.sid;
        if (index.column() == StateColumn && item.needsAddress())
            return tr("Local regulations require an address (%1) to buy this number.")
                .arg(item.offer.addressRequirements);
        return {};
    case KeyRole:
        return item.key();
    case StateRole:
        return int(item.state);
    }
    return {};
}

QVariant PurchaseCartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case LocationColumn:
        return tr("Location");
    case StateColumn:
        return tr("State");
    }
    return {};
}

void PurchaseCartModel::setItems(const QList<PurchaseItem> &items)
{
    const bool sameRows = items.size() == m_items.size()
                          && std::equal(items.begin(), items.end(), m_items.begin(),
                                        [](const PurchaseItem &a, const PurchaseItem &b) {
                                            return a.key() == b.key();
                                        });
    if (sameRows) {
        m_items = items;
        if (!m_items.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_items = items;
    endResetModel();
}
