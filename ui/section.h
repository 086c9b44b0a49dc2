#pragma once

#include "api/apierror.h"

#include <QIcon>
#include <QList>
#include <QString>

// The sections an account can have in the sidebar. Which ones an account shows follows
// from the API families it has (sectionsFor()); Drafts is always there.
enum class Section { Properties, Broadcast, TwilioNumbers, SignalWireNumbers, Drafts };

// All sections in sidebar order.
QList<Section> allSections();
// The sections of an account with these API families, in sidebar order.
QList<Section> sectionsFor(const QList<ApiFamily> &families);

// Translated title, e.g. "Numbers (Twilio)".
QString sectionTitle(Section section);
// One translated sentence for tooltips.
QString sectionDescription(Section section);
// Stable key for settings and the command line: "properties", "broadcast",
// "numbers-twilio", "numbers-signalwire", "drafts".
QString sectionKey(Section section);
// The section for a key; also accepts the aliases "numbers" and "twilio" (Twilio numbers)
// and "signalwire". Returns false for an unknown key.
bool sectionFromKey(const QString &key, Section *section);
// The keys accepted by sectionFromKey(), aliases included, for help texts.
QStringList sectionKeys();
QIcon sectionIcon(Section section);
