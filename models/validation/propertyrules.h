#pragma once

#include "fieldcheck.h"

#include <QStringList>
#include <QStringView>

// The Properties family's field rules (../shared/api/README.md, "Properties"), applied
// by the New property form while the user types and by the sandbox on every POST.
namespace Validation {

inline constexpr int PropertyNameMaxLength = 100;

FieldCheck checkPropertyName(QStringView name);
FieldCheck checkMainDomain(QStringView domain);   // a host name: no scheme, path, port or spaces
FieldCheck checkWindowsTimeZone(QStringView id);  // "AUS Eastern Standard Time"

// Every Windows time zone ID Qt knows, sorted, computed once.
const QStringList &windowsTimeZoneIds();
bool isWindowsTimeZoneId(QStringView id);

} // namespace Validation
