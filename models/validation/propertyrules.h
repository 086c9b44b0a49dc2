#pragma once

#include "fieldcheck.h"

#include <QStringList>
#include <QStringView>

// The Properties family's field rules (../shared/api/README.md, "Properties"), applied
// by the New property form while the user types and by the sandbox on every POST (in
// English: ReasonLanguage::English).
namespace Validation {

inline constexpr int PropertyNameMaxLength = 100;

FieldCheck checkPropertyName(QStringView name, ReasonLanguage language = ReasonLanguage::User);
// A host name: no scheme, path, port or spaces.
FieldCheck checkMainDomain(QStringView domain, ReasonLanguage language = ReasonLanguage::User);
// "AUS Eastern Standard Time"
FieldCheck checkWindowsTimeZone(QStringView id, ReasonLanguage language = ReasonLanguage::User);

// Every Windows time zone ID Qt knows, sorted, computed once.
const QStringList &windowsTimeZoneIds();
bool isWindowsTimeZoneId(QStringView id);

} // namespace Validation
