#pragma once

#include "api/apierror.h"

#include <QHashFunctions>
#include <QIcon>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// A section of an account in the sidebar (Properties, Broadcast projects, Numbers,
// Drafts...): an open key, stable in settings and on the command line. Which sections
// exist, their titles, icons, families and panes are registered once (KindRegistry,
// ui/kinds.cpp); the names below are the built-in keys.
class Section
{
public:
    static const Section Properties;        // "properties"
    static const Section Broadcast;         // "broadcast"
    static const Section TwilioNumbers;     // "numbers-twilio"
    static const Section SignalWireNumbers; // "numbers-signalwire"
    static const Section Drafts;            // "drafts"
    static const Section AllNumbers;        // "all-numbers": every account's, at the top level

    Section() = default;
    explicit Section(const QString &key) : m_key(key) {}

    QString key() const { return m_key; }
    bool isNull() const { return m_key.isEmpty(); }

    friend bool operator==(const Section &a, const Section &b) { return a.m_key == b.m_key; }
    friend bool operator!=(const Section &a, const Section &b) { return a.m_key != b.m_key; }
    friend size_t qHash(const Section &s, size_t seed = 0) { return qHash(s.m_key, seed); }

private:
    QString m_key;
};
Q_DECLARE_METATYPE(Section)

inline const Section Section::Properties{QStringLiteral("properties")};
inline const Section Section::Broadcast{QStringLiteral("broadcast")};
inline const Section Section::TwilioNumbers{QStringLiteral("numbers-twilio")};
inline const Section Section::SignalWireNumbers{QStringLiteral("numbers-signalwire")};
inline const Section Section::Drafts{QStringLiteral("drafts")};
inline const Section Section::AllNumbers{QStringLiteral("all-numbers")};

// Shorthands for the built-in registry (KindRegistry::builtIn()), for help texts and
// places that have no registry of their own.
QString sectionTitle(const Section &section);      // translated, e.g. "Numbers (Twilio)"
QString sectionKey(const Section &section);        // section.key()
// The section for a key or alias ("numbers", "twilio", "signalwire"); false if unknown.
bool sectionFromKey(const QString &key, Section *section);
QStringList sectionKeys();                          // keys and aliases, for help texts
QIcon sectionIcon(const Section &section);
