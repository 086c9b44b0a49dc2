#include "numbereditdraft.h"

#include "validation/numberrules.h"

using namespace Qt::StringLiterals;

namespace {
Validation::NumberFamily rulesFamily(ApiFamily family)
{
    return family == ApiFamily::SignalWire ? Validation::NumberFamily::SignalWire
                                           : Validation::NumberFamily::Twilio;
}

QJsonObject toObject(const QHash<QString, QString> &hash)
{
    QJsonObject o;
    for (auto it = hash.begin(); it != hash.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QHash<QString, QString> fromObject(const QJsonObject &o)
{
    QHash<QString, QString> hash;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isString())
            hash.insert(it.key(), it.value().toString());
    }
    return hash;
}

bool editable(const Validation::NumberParameter &p, ApiFamily family)
{
    // Moving a number to another account is out of scope.
    return p.appliesTo(rulesFamily(family), Validation::NumberOperation::Update)
           && p.name != u"AccountSid";
}
} // namespace

NumberEditDraft NumberEditDraft::startFrom(const IncomingNumber &number, ApiFamily family)
{
    NumberEditDraft d;
    d.sid = number.sid;
    d.phoneNumber = number.phoneNumber;
    d.family = family;
    for (const Validation::NumberParameter &p : Validation::numberParameters()) {
        if (editable(p, family))
            d.original.insert(p.name, number.value(p.name));
    }
    d.values = d.original;
    return d;
}

QList<QPair<QString, QString>> NumberEditDraft::changes() const
{
    QList<QPair<QString, QString>> list;
    for (const Validation::NumberParameter &p : Validation::numberParameters()) {
        if (!editable(p, family) || !values.contains(p.name))
            continue;
        const QString now = Validation::normalizedNumberValue(p, values.value(p.name));
        if (now != Validation::normalizedNumberValue(p, original.value(p.name)))
            list.append({p.name, now});
    }
    return list;
}

QList<FieldError> NumberEditDraft::check() const
{
    QList<FieldError> errors;
    const auto found = Validation::checkNumberRequest(changes(), rulesFamily(family),
                                                      Validation::NumberOperation::Update);
    for (const Validation::NumberParameterError &e : found)
        errors.append({e.parameter, QString::number(e.twilioCode), e.message});
    if (sid.isEmpty())
        errors.append({u"Sid"_s, u"local"_s, tr("The draft does not say which number it edits.")});
    return errors;
}

bool NumberEditDraft::isAppliedTo(const IncomingNumber &number) const
{
    if (number.sid != sid)
        return false;
    for (const auto &[name, value] : changes()) {
        const Validation::NumberParameter *p = Validation::numberParameter(name);
        if (Validation::normalizedNumberValue(*p, number.value(name)) != value)
            return false;
    }
    return true;
}

QString NumberEditDraft::title() const
{
    const auto list = changes();
    if (list.isEmpty())
        return phoneNumber;
    QStringList names;
    for (const auto &change : list)
        names << IncomingNumber::parameterLabel(change.first);
    return tr("%1: %2").arg(phoneNumber, names.join(tr(", ")));
}

QJsonObject NumberEditDraft::toJson() const
{
    return {{u"sid"_s, sid},
            {u"phoneNumber"_s, phoneNumber},
            {u"family"_s, family == ApiFamily::SignalWire ? u"signalwire"_s : u"twilio"_s},
            {u"original"_s, toObject(original)},
            {u"values"_s, toObject(values)}};
}

NumberEditDraft NumberEditDraft::fromJson(const QJsonObject &o)
{
    NumberEditDraft d;
    d.sid = o.value(u"sid"_s).toString();
    d.phoneNumber = o.value(u"phoneNumber"_s).toString();
    d.family = o.value(u"family"_s).toString() == u"signalwire" ? ApiFamily::SignalWire
                                                                : ApiFamily::Twilio;
    d.original = fromObject(o.value(u"original"_s).toObject());
    d.values = fromObject(o.value(u"values"_s).toObject());
    return d;
}
