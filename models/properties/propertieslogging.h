#pragma once

#include <QLoggingCategory>

// "switchboard.properties": the Properties family's client, wire types and item models.
Q_DECLARE_LOGGING_CATEGORY(lcProperties)
