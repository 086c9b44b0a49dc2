#include "section.h"

#include "icons.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QList<Section> allSections()
{
    return {Section::Properties, Section::Broadcast, Section::TwilioNumbers,
            Section::SignalWireNumbers, Section::Drafts};
}

QList<Section> sectionsFor(const QList<ApiFamily> &families)
{
    QList<Section> sections;
    if (families.contains(ApiFamily::Properties))
        sections << Section::Properties;
    if (families.contains(ApiFamily::Broadcast))
        sections << Section::Broadcast;
    if (families.contains(ApiFamily::Twilio))
        sections << Section::TwilioNumbers;
    if (families.contains(ApiFamily::SignalWire))
        sections << Section::SignalWireNumbers;
    sections << Section::Drafts;
    return sections;
}

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Properties:
        return QCoreApplication::translate("Section", "Properties");
    case Section::Broadcast:
        return QCoreApplication::translate("Section", "Broadcast projects");
    case Section::TwilioNumbers:
        return QCoreApplication::translate("Section", "Numbers (Twilio)");
    case Section::SignalWireNumbers:
        return QCoreApplication::translate("Section", "Numbers (SignalWire)");
    case Section::Drafts:
        return QCoreApplication::translate("Section", "Drafts");
    }
    return {};
}

QString sectionDescription(Section section)
{
    switch (section) {
    case Section::Properties:
        return QCoreApplication::translate("Section",
                                           "Properties hold the account's numbers and settings.");
    case Section::Broadcast:
        return QCoreApplication::translate(
            "Section", "Bulk SMS and MMS projects that send from a pool of numbers.");
    case Section::TwilioNumbers:
        return QCoreApplication::translate("Section",
                                           "Phone numbers bought and configured on Twilio.");
    case Section::SignalWireNumbers:
        return QCoreApplication::translate("Section",
                                           "Phone numbers bought and configured on SignalWire.");
    case Section::Drafts:
        return QCoreApplication::translate(
            "Section", "Forms saved as you type, sent through the outbox when online.");
    }
    return {};
}

QString sectionKey(Section section)
{
    switch (section) {
    case Section::Properties:
        return u"properties"_s;
    case Section::Broadcast:
        return u"broadcast"_s;
    case Section::TwilioNumbers:
        return u"numbers-twilio"_s;
    case Section::SignalWireNumbers:
        return u"numbers-signalwire"_s;
    case Section::Drafts:
        return u"drafts"_s;
    }
    return {};
}

bool sectionFromKey(const QString &key, Section *section)
{
    const QString k = key.trimmed().toLower();
    for (Section s : allSections()) {
        if (sectionKey(s) == k) {
            *section = s;
            return true;
        }
    }
    if (k == u"numbers"_s || k == u"twilio"_s) {
        *section = Section::TwilioNumbers;
        return true;
    }
    if (k == u"signalwire"_s) {
        *section = Section::SignalWireNumbers;
        return true;
    }
    return false;
}

QStringList sectionKeys()
{
    QStringList keys;
    for (Section s : allSections())
        keys << sectionKey(s);
    keys << u"numbers"_s << u"twilio"_s << u"signalwire"_s;
    return keys;
}

QIcon sectionIcon(Section section)
{
    switch (section) {
    case Section::Properties:
        return Icons::icon(u"section-properties"_s);
    case Section::Broadcast:
        return Icons::icon(u"section-broadcast"_s);
    case Section::TwilioNumbers:
    case Section::SignalWireNumbers:
        return Icons::icon(u"section-numbers"_s);
    case Section::Drafts:
        return Icons::icon(u"section-drafts"_s);
    }
    return {};
}
