#include "purchasedraft.h"

#include "validation/numberrules.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
Validation::NumberFamily rulesFamily(ApiFamily family)
{
    return family == ApiFamily::SignalWire ? Validation::NumberFamily::SignalWire
                                           : Validation::NumberFamily::Twilio;
}

const struct
{
    PurchaseItem::State state;
    const char *key;
} stateKeys[] = {{PurchaseItem::State::Pending, "pending"},
                 {PurchaseItem::State::Bought, "bought"},
                 {PurchaseItem::State::AlreadyOwned, "owned"},
                 {PurchaseItem::State::Failed, "failed"}};
} // namespace

QString PurchaseItem::key() const
{
    return phoneNumber.isEmpty() ? u"area:"_s + areaCode : phoneNumber;
}

QString PurchaseItem::stateKey(State state)
{
    for (const auto &s : stateKeys) {
        if (s.state == state)
            return QString::fromLatin1(s.key);
    }
    return u"pending"_s;
}

QJsonObject PurchaseItem::toJson() const
{
    QJsonObject o{{u"phoneNumber"_s, phoneNumber},
                  {u"areaCode"_s, areaCode},
                  {u"offer"_s, offer.toJson()},
                  {u"search"_s, search.toJson()},
                  {u"state"_s, stateKey(state)}};
    if (!sid.isEmpty())
        o.insert(u"sid"_s, sid);
    if (!boughtNumber.isEmpty())
        o.insert(u"boughtNumber"_s, boughtNumber);
    if (!errorCode.isEmpty())
        o.insert(u"errorCode"_s, errorCode);
    if (!errorMessage.isEmpty())
        o.insert(u"errorMessage"_s, errorMessage);
    return o;
}

PurchaseItem PurchaseItem::fromJson(const QJsonObject &o)
{
    PurchaseItem item;
    item.phoneNumber = o.value(u"phoneNumber"_s).toString();
    item.areaCode = o.value(u"areaCode"_s).toString();
    if (o.value(u"offer"_s).isObject())
        AvailableNumber::fromJson(o.value(u"offer"_s).toObject(), &item.offer);
    item.search = NumberSearch::fromJson(o.value(u"search"_s).toObject());
    const QString state = o.value(u"state"_s).toString();
    for (const auto &s : stateKeys) {
        if (state == QLatin1StringView(s.key))
            item.state = s.state;
    }
    item.sid = o.value(u"sid"_s).toString();
    item.boughtNumber = o.value(u"boughtNumber"_s).toString();
    item.errorCode = o.value(u"errorCode"_s).toString();
    item.errorMessage = o.value(u"errorMessage"_s).toString();
    return item;
}

int PurchaseDraft::indexOf(const QString &key) const
{
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).key() == key)
            return i;
    }
    return -1;
}

bool PurchaseDraft::add(const PurchaseItem &item)
{
    if (indexOf(item.key()) >= 0)
        return false;
    items.append(item);
    return true;
}

int PurchaseDraft::count(PurchaseItem::State state) const
{
    return int(std::count_if(items.begin(), items.end(),
                             [state](const PurchaseItem &i) { return i.state == state; }));
}

QList<QPair<QString, QString>> PurchaseDraft::requestFor(const PurchaseItem &item) const
{
    QList<QPair<QString, QString>> request;
    if (item.isAreaCodeItem())
        request.append({u"AreaCode"_s, item.areaCode});
    else
        request.append({u"PhoneNumber"_s, item.phoneNumber});
    const Validation::NumberFamily f = rulesFamily(family);
    for (const Validation::NumberParameter &p : Validation::numberParameters()) {
        if (p.value == Validation::NumberValue::PhoneNumber
            || p.value == Validation::NumberValue::AreaCode
            || !p.appliesTo(f, Validation::NumberOperation::Create))
            continue;
        const QString value = parameters.value(p.name);
        if (!value.isEmpty())
            request.append({p.name, Validation::normalizedNumberValue(p, value)});
    }
    return request;
}

void PurchaseDraft::confirm(const QDateTime &when)
{
    confirmedAt = when.toUTC();
    confirmedKeys.clear();
    for (PurchaseItem &item : items) {
        // A refused item the user confirms again is tried again.
        if (item.state == PurchaseItem::State::Failed) {
            item.state = PurchaseItem::State::Pending;
            item.errorCode.clear();
            item.errorMessage.clear();
        }
        if (item.state == PurchaseItem::State::Pending)
            confirmedKeys << item.key();
    }
}

bool PurchaseDraft::isConfirmed(const QDateTime &now) const
{
    if (!confirmedAt.isValid() || confirmedAt > now.addSecs(60)
        || confirmedAt.secsTo(now) > ConfirmationValidSeconds)
        return false;
    for (const PurchaseItem &item : items) {
        if (item.state == PurchaseItem::State::Pending && !confirmedKeys.contains(item.key()))
            return false;
    }
    return true;
}

QList<FieldError> PurchaseDraft::checkParameters() const
{
    QList<FieldError> errors;
    QList<QPair<QString, QString>> request;
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        request.append({it.key(), it.value()});
    for (const auto &e : Validation::checkNumberRequest(request, rulesFamily(family),
                                                        Validation::NumberOperation::Update)) {
        // Update, not Create: PhoneNumber/AreaCode are the items' business.
        errors.append({e.parameter, QString::number(e.twilioCode), e.message});
    }
    return errors;
}

QList<FieldError> PurchaseDraft::check(const QDateTime &now) const
{
    QList<FieldError> errors = checkParameters();
    if (items.isEmpty())
        errors.append({u"items"_s, u"local"_s, tr("The cart is empty: add a number first.")});
    for (const PurchaseItem &item : items) {
        if (item.state != PurchaseItem::State::Pending)
            continue;
        const Validation::FieldCheck c = item.isAreaCodeItem()
                                             ? Validation::checkAreaCode(item.areaCode)
                                             : Validation::checkE164(item.phoneNumber);
        if (!c.isOk())
            errors.append({u"item:"_s + item.key(), u"local"_s, c.reason});
    }
    if (!isConfirmed(now)) {
        if (confirmedAt.isValid() && confirmedAt.secsTo(now) > ConfirmationValidSeconds) {
            errors.append({u"confirmation"_s, u"local"_s,
                           tr("This purchase was confirmed more than a day ago, so nothing was "
                              "bought. Check the numbers and confirm it again.")});
        } else {
            errors.append({u"confirmation"_s, u"local"_s,
                           tr("The purchase has not been confirmed for every number in the "
                              "cart. Confirm it to buy.")});
        }
    }
    return errors;
}

QString PurchaseDraft::title() const
{
    if (items.size() == 1) {
        const PurchaseItem &item = items.first();
        return item.isAreaCodeItem() ? tr("Buy a number in %1").arg(item.areaCode)
                                     : tr("Buy %1").arg(item.phoneNumber);
    }
    if (items.isEmpty())
        return tr("Buy numbers");
    return tr("Buy %n numbers", nullptr, int(items.size()));
}

QJsonObject PurchaseDraft::toJson() const
{
    QJsonArray array;
    for (const PurchaseItem &item : items)
        array.append(item.toJson());
    QJsonObject params;
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        params.insert(it.key(), it.value());
    QJsonObject o{{u"family"_s, family == ApiFamily::SignalWire ? u"signalwire"_s : u"twilio"_s},
                  {u"search"_s, search.toJson()},
                  {u"items"_s, array},
                  {u"parameters"_s, params}};
    if (confirmedAt.isValid()) {
        o.insert(u"confirmedAt"_s, confirmedAt.toString(Qt::ISODateWithMs));
        o.insert(u"confirmedKeys"_s, QJsonArray::fromStringList(confirmedKeys));
    }
    return o;
}

PurchaseDraft PurchaseDraft::fromJson(const QJsonObject &o)
{
    PurchaseDraft d;
    d.family = o.value(u"family"_s).toString() == u"signalwire" ? ApiFamily::SignalWire
                                                                : ApiFamily::Twilio;
    d.search = NumberSearch::fromJson(o.value(u"search"_s).toObject());
    for (const QJsonValue &v : o.value(u"items"_s).toArray()) {
        const PurchaseItem item = PurchaseItem::fromJson(v.toObject());
        if (!item.phoneNumber.isEmpty() || !item.areaCode.isEmpty())
            d.add(item); // a hand-edited file with a repeated number keeps the first
    }
    const QJsonObject params = o.value(u"parameters"_s).toObject();
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (it.value().isString())
            d.parameters.insert(it.key(), it.value().toString());
    }
    d.confirmedAt = QDateTime::fromString(o.value(u"confirmedAt"_s).toString(), Qt::ISODateWithMs);
    if (d.confirmedAt.isValid())
        d.confirmedAt = d.confirmedAt.toUTC();
    for (const QJsonValue &v : o.value(u"confirmedKeys"_s).toArray())
        d.confirmedKeys << v.toString();
    return d;
}

PurchaseErrorText purchaseErrorText(const QString &code, const QString &serverMessage)
{
    const int n = code.toInt();
    switch (n) {
    case 21452:
        return {PurchaseDraft::tr("There are no numbers left in that area code."),
                PurchaseDraft::tr("Search nearby: the same region, or a neighbouring area code.")};
    case 21422:
        return {PurchaseDraft::tr("This number is no longer available: it was bought after "
                                  "your search, or the account owns it already."),
                PurchaseDraft::tr("Remove it, or replace it with another number from the same "
                                  "search.")};
    case 21421:
        return {PurchaseDraft::tr("The server says this is not a valid phone number."),
                PurchaseDraft::tr("Remove it and pick a number from a search.")};
    case 21631:
    case 21615:
        return {PurchaseDraft::tr("This number can only be bought with an address on file: "
                                  "local regulations require one."),
                PurchaseDraft::tr("Enter the SID of an address of the account under Regulatory "
                                  "and address, then buy again.")};
    case 21613:
        return {PurchaseDraft::tr("This number needs regulatory information (an identity or a "
                                  "bundle) before it can be bought."),
                PurchaseDraft::tr("Add the identity or bundle SID under Regulatory and address, "
                                  "then buy again.")};
    case 21451:
        return {PurchaseDraft::tr("The server does not accept this area code."),
                PurchaseDraft::tr("Use a three-digit US or Canadian area code.")};
    case 20429:
        return {PurchaseDraft::tr("The server asked Switchboard to slow down."),
                PurchaseDraft::tr("Switchboard tries again by itself in a moment.")};
    case 20003:
        return {PurchaseDraft::tr("The account's credentials were refused."),
                PurchaseDraft::tr("Check the account's settings.")};
    case 20404:
        return {PurchaseDraft::tr("The server does not know this account or number."),
                PurchaseDraft::tr("Check the account's settings.")};
    default:
        break;
    }
    return {serverMessage.isEmpty() ? PurchaseDraft::tr("The server refused to buy this number.")
                                    : serverMessage,
            {}};
}
