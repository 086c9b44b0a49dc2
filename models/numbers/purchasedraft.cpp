#include "purchasedraft.h"

#include "api/accountprofile.h"
#include "validation/numberrules.h"

#include <QJsonArray>
#include <QSet>

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
                 {PurchaseItem::State::Failed, "failed"},
                 {PurchaseItem::State::Unsettled, "unsettled"}};

const QString Moved = u"moved"_s;
const QString Copied = u"copied"_s;
const QString Imported = u"imported"_s;
const QString Undecided = u"undecided"_s;
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
    if (!pickedFor.isEmpty())
        o.insert(u"pickedFor"_s, pickedFor);
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
    item.pickedFor = o.value(u"pickedFor"_s).toString();
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

PurchaseAccount PurchaseAccount::of(const AccountProfile &profile)
{
    PurchaseAccount a;
    a.profileId = profile.id;
    a.provider = profile.family == ApiFamily::SignalWire ? u"signalwire"_s : u"twilio"_s;
    a.account = profile.pathAccount();
    a.host = profile.baseUrl.host();
    a.sandbox = profile.sandbox;
    return a;
}

QString PurchaseAccount::describe() const
{
    const QString shown = account.size() > 12 ? account.left(6) + u'…' + account.right(4) : account;
    const QString name = provider == u"signalwire" ? u"SignalWire"_s : u"Twilio"_s;
    if (sandbox)
        return PurchaseDraft::tr("the sandbox's %1 account %2").arg(name, shown);
    return PurchaseDraft::tr("%1 account %2 on %3").arg(name, shown, host);
}

QJsonObject PurchaseAccount::toJson() const
{
    return {{u"profile"_s, profileId}, {u"provider"_s, provider}, {u"account"_s, account},
            {u"host"_s, host}, {u"sandbox"_s, sandbox}};
}

PurchaseAccount PurchaseAccount::fromJson(const QJsonObject &o)
{
    PurchaseAccount a;
    a.profileId = o.value(u"profile"_s).toString();
    a.provider = o.value(u"provider"_s).toString();
    a.account = o.value(u"account"_s).toString();
    a.host = o.value(u"host"_s).toString();
    a.sandbox = o.value(u"sandbox"_s).toBool();
    return a;
}

QString PurchaseSummary::text() const
{
    QStringList parts;
    if (bought > 0 || (owned == 0 && notBought == 0 && undecided == 0 && pending == 0))
        parts << PurchaseDraft::tr("%n bought", nullptr, bought);
    if (owned > 0)
        parts << PurchaseDraft::tr("%n already yours", nullptr, owned);
    if (notBought > 0)
        parts << PurchaseDraft::tr("%n not bought", nullptr, notBought);
    if (undecided > 0)
        parts << PurchaseDraft::tr("needs your decision: %n", nullptr, undecided);
    if (pending > 0)
        parts << PurchaseDraft::tr("%n to buy", nullptr, pending);
    return parts.join(u" · "_s);
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

PurchaseSummary PurchaseDraft::summary() const
{
    PurchaseSummary s;
    s.total = int(items.size());
    s.bought = count(PurchaseItem::State::Bought);
    s.owned = count(PurchaseItem::State::AlreadyOwned);
    s.notBought = count(PurchaseItem::State::Failed);
    s.undecided = count(PurchaseItem::State::Unsettled);
    s.pending = pendingCount();
    return s;
}

QStringList PurchaseDraft::numbersToBuy() const
{
    QStringList numbers;
    for (const PurchaseItem &item : items) {
        if (!item.isAreaCodeItem()
            && (item.state == PurchaseItem::State::Pending
                || item.state == PurchaseItem::State::Failed))
            numbers << item.phoneNumber;
    }
    return numbers;
}

QList<QPair<QString, QString>> PurchaseDraft::requestFor(const PurchaseItem &item) const
{
    QList<QPair<QString, QString>> request;
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

void PurchaseDraft::confirm(const QDateTime &when, const PurchaseAccount &account)
{
    for (PurchaseItem &item : items) {
        // A refused item the user confirms again is tried again.
        if (item.state == PurchaseItem::State::Failed && !item.isAreaCodeItem()) {
            item.state = PurchaseItem::State::Pending;
            item.errorCode.clear();
            item.errorMessage.clear();
        }
    }
    confirmation.account = account;
    confirmation.numbers = numbersToBuy();
    confirmation.at = when.toUTC();
    unconfirmedBecause.clear();
}

QString PurchaseDraft::confirmationProblem(const QDateTime &now, const PurchaseAccount &account) const
{
    const PurchaseConfirmation &c = confirmation;
    if (c.isNull()) {
        if (unconfirmedBecause == Moved)
            return tr("The cart was moved to this account after it was confirmed, so nothing "
                      "was bought: confirm it again to buy on this account.");
        if (unconfirmedBecause == Copied)
            return tr("This cart is a copy of one that was confirmed, so nothing was bought: "
                      "confirm the copy to buy it.");
        if (unconfirmedBecause == Imported)
            return tr("This cart was imported from a file, so nothing was bought: confirm it "
                      "to buy it.");
        if (unconfirmedBecause == Undecided)
            return tr("The purchase was stopped while a number needed your decision: check "
                      "the cart and confirm it again.");
        return tr("The purchase has not been confirmed. Confirm it to buy.");
    }
    if (c.account.isNull())
        return tr("It was confirmed by an earlier version of Switchboard, which did not record "
                  "the account: check the cart and confirm it again.");
    if (c.at > now.addSecs(60) || c.at.secsTo(now) > ConfirmationValidSeconds)
        return tr("This purchase was confirmed more than a day ago, so nothing was bought. "
                  "Check the numbers and confirm it again.");
    if (c.account.sandbox && !account.sandbox)
        return tr("It was confirmed for the sandbox, and this is the live account %1: nothing "
                  "was bought. Confirm it again to buy for real.")
            .arg(account.describe());
    if (c.account != account)
        return tr("It was confirmed for %1, not for %2: nothing was bought. Confirm it again "
                  "to buy on this account.")
            .arg(c.account.describe(), account.describe());
    QStringList added, removed;
    QSet<QString> inCart;
    for (const PurchaseItem &item : items) {
        inCart.insert(item.phoneNumber);
        if (item.state == PurchaseItem::State::Pending && !item.isAreaCodeItem()
            && !c.numbers.contains(item.phoneNumber))
            added << item.phoneNumber;
    }
    for (const QString &number : c.numbers) {
        if (!inCart.contains(number))
            removed << number;
    }
    if (added.isEmpty() && removed.isEmpty())
        return {};
    QStringList changes;
    if (!added.isEmpty())
        changes << tr("%1 added").arg(added.join(u", "_s));
    if (!removed.isEmpty())
        changes << tr("%1 removed").arg(removed.join(u", "_s));
    return tr("The cart changed after it was confirmed (%1), so nothing was bought: confirm "
              "it again.")
        .arg(changes.join(u"; "_s));
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

QList<FieldError> PurchaseDraft::checkContent() const
{
    QList<FieldError> errors = checkParameters();
    if (items.isEmpty())
        errors.append({u"items"_s, u"local"_s, tr("The cart is empty: add a number first.")});
    for (const PurchaseItem &item : items) {
        if (item.state != PurchaseItem::State::Pending)
            continue;
        if (item.isAreaCodeItem()) {
            // An older version's "any number in this area code", never sent: Switchboard buys
            // exact numbers only now.
            errors.append({u"item:"_s + item.key(), u"local"_s,
                           tr("Switchboard buys exact numbers only: pick a number in area code "
                              "%1 (Pick a number) or remove it.")
                               .arg(item.areaCode)});
            continue;
        }
        if (const Validation::FieldCheck c = Validation::checkE164(item.phoneNumber); !c.isOk()) {
            errors.append({u"item:"_s + item.key(), u"local"_s, c.reason});
            continue;
        }
        if (item.needsAddress() && !hasAddress()) {
            errors.append({u"item:"_s + item.key(), u"address"_s,
                           tr("%1 can only be bought with an address: enter the SID of an "
                              "address of the account under Regulatory and address.")
                               .arg(item.phoneNumber)});
        }
    }
    return errors;
}

QList<FieldError> PurchaseDraft::check(const QDateTime &now, const PurchaseAccount &account) const
{
    QList<FieldError> errors = checkContent();
    if (const QString problem = confirmationProblem(now, account); !problem.isEmpty())
        errors.append({u"confirmation"_s, u"local"_s, problem});
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
    if (!confirmation.isNull()) {
        o.insert(u"confirmation"_s,
                 QJsonObject{{u"at"_s, confirmation.at.toString(Qt::ISODateWithMs)},
                             {u"account"_s, confirmation.account.toJson()},
                             {u"numbers"_s, QJsonArray::fromStringList(confirmation.numbers)}});
    }
    if (!unconfirmedBecause.isEmpty())
        o.insert(u"unconfirmedBecause"_s, unconfirmedBecause);
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
    const auto readTime = [](const QJsonValue &v) {
        QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        return t.isValid() ? t.toUTC() : QDateTime();
    };
    if (const QJsonObject c = o.value(u"confirmation"_s).toObject(); !c.isEmpty()) {
        d.confirmation.at = readTime(c.value(u"at"_s));
        d.confirmation.account = PurchaseAccount::fromJson(c.value(u"account"_s).toObject());
        for (const QJsonValue &v : c.value(u"numbers"_s).toArray())
            d.confirmation.numbers << v.toString();
    } else if (o.contains(u"confirmedAt"_s)) {
        // Written by an older version: a time and the items' keys, no account. It asks again.
        d.confirmation.at = readTime(o.value(u"confirmedAt"_s));
        for (const QJsonValue &v : o.value(u"confirmedKeys"_s).toArray())
            d.confirmation.numbers << v.toString();
    }
    d.unconfirmedBecause = o.value(u"unconfirmedBecause"_s).toString();
    return d;
}

DraftKindRules purchaseKindRules()
{
    DraftKindRules rules;
    rules.copied = [](const QJsonObject &payload, DraftKindRules::Copy why) {
        PurchaseDraft cart = PurchaseDraft::fromJson(payload);
        const bool wasConfirmed = !cart.confirmation.isNull() || !cart.unconfirmedBecause.isEmpty();
        cart.confirmation = {};
        cart.unconfirmedBecause.clear();
        if (wasConfirmed) {
            cart.unconfirmedBecause = why == DraftKindRules::Copy::Move     ? Moved
                                      : why == DraftKindRules::Copy::Import ? Imported
                                                                            : Copied;
        }
        if (why != DraftKindRules::Copy::Move) {
            // A copy has bought nothing yet: its numbers start afresh (one the account owns
            // by then is found "already yours" when the copy is bought).
            for (PurchaseItem &item : cart.items) {
                item.state = PurchaseItem::State::Pending;
                item.sid.clear();
                item.boughtNumber.clear();
                item.errorCode.clear();
                item.errorMessage.clear();
            }
        }
        return cart.toJson();
    };
    rules.whyItStays = [](const Draft &draft) -> QString {
        const PurchaseDraft cart = PurchaseDraft::fromJson(draft.payload);
        const PurchaseSummary s = cart.summary();
        if (s.bought + s.owned + s.undecided == 0)
            return {};
        return PurchaseDraft::tr("“%1” has numbers bought on its account already (%2); it stays "
                                 "there. Duplicate it to buy the rest on another account.")
            .arg(draft.title, s.text());
    };
    rules.keptUndecided = [](const Draft &draft) {
        PurchaseDraft cart = PurchaseDraft::fromJson(draft.payload);
        const int index = cart.indexOf(draft.sendContext.value(u"item"_s).toString());
        if (index >= 0 && cart.items.at(index).state == PurchaseItem::State::Pending) {
            QStringList numbers;
            for (const DraftCandidate &c : draft.candidates())
                numbers << c.description;
            PurchaseItem &item = cart.items[index];
            item.state = PurchaseItem::State::Unsettled;
            item.errorCode = u"undecided"_s;
            item.errorMessage = numbers.join(u"; "_s);
        }
        cart.confirmation = {};
        cart.unconfirmedBecause = Undecided;
        return cart.toJson();
    };
    return rules;
}

PurchaseErrorText purchaseErrorText(const QString &code, const QString &serverMessage)
{
    const int n = code.toInt();
    switch (n) {
    case 21452:
        return {PurchaseDraft::tr("There are no numbers left in that area code."),
                PurchaseDraft::tr("Search nearby: the same region, or a neighbouring area code."),
                PurchaseDraft::tr("none left")};
    case 0:
        if (code == u"undecided") {
            return {PurchaseDraft::tr("This purchase may have gone through: Switchboard cannot "
                                      "tell which new number, if any, it bought."),
                    serverMessage.isEmpty()
                        ? PurchaseDraft::tr("Look in the account's numbers, then remove it or "
                                            "pick an exact number instead.")
                        : PurchaseDraft::tr("New numbers in the area code since: %1. Look in the "
                                            "account's numbers, then remove it or pick an exact "
                                            "number instead.")
                              .arg(serverMessage),
                    PurchaseDraft::tr("may have been bought")};
        }
        break;
    case 21422:
        return {PurchaseDraft::tr("This number is no longer available: it was bought after "
                                  "your search, or the account owns it already."),
                PurchaseDraft::tr("Remove it, or replace it with another number from the same "
                                  "search."),
                PurchaseDraft::tr("taken")};
    case 21421:
        return {PurchaseDraft::tr("The server says this is not a valid phone number."),
                PurchaseDraft::tr("Remove it and pick a number from a search."),
                PurchaseDraft::tr("invalid")};
    case 21631:
    case 21615:
        return {PurchaseDraft::tr("This number can only be bought with an address on file: "
                                  "local regulations require one."),
                PurchaseDraft::tr("Enter the SID of an address of the account under Regulatory "
                                  "and address, then buy again."),
                PurchaseDraft::tr("no address")};
    case 21613:
        return {PurchaseDraft::tr("This number needs regulatory information (an identity or a "
                                  "bundle) before it can be bought."),
                PurchaseDraft::tr("Add the identity or bundle SID under Regulatory and address, "
                                  "then buy again."),
                PurchaseDraft::tr("no bundle")};
    case 21451:
        return {PurchaseDraft::tr("The server does not accept this area code."),
                PurchaseDraft::tr("Use a three-digit US or Canadian area code."),
                PurchaseDraft::tr("area code refused")};
    case 20429:
        return {PurchaseDraft::tr("The server asked Switchboard to slow down."),
                PurchaseDraft::tr("Switchboard tries again by itself in a moment."),
                PurchaseDraft::tr("too fast")};
    case 20003:
        return {PurchaseDraft::tr("The account's credentials were refused."),
                PurchaseDraft::tr("Check the account's settings."),
                PurchaseDraft::tr("login refused")};
    case 20404:
        return {PurchaseDraft::tr("The server does not know this account or number."),
                PurchaseDraft::tr("Check the account's settings."),
                PurchaseDraft::tr("unknown")};
    default:
        break;
    }
    return {serverMessage.isEmpty() ? PurchaseDraft::tr("The server refused to buy this number.")
                                    : serverMessage,
            {}, PurchaseDraft::tr("refused")};
}
