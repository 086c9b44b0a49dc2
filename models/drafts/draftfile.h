#pragma once

#include "draft.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The exchange format of exported drafts: content only, never server state.
//
//     {"format": "switchboard-drafts", "version": 1, "drafts": [
//         {"id": "...", "kind": "property", "accountId": "...", "title": "...",
//          "valid": true, "createdAt": "2024-05-01T10:00:00Z", "updatedAt": "...",
//          "payload": {...}}]}
namespace DraftFile {

inline constexpr int Version = 1;
inline constexpr int MaxPayloadDepth = 32;
inline constexpr int MaxTitleLength = 500;
inline constexpr int MaxIdLength = 200;

QByteArray encode(const QList<Draft> &drafts);

// Strict: every problem is reported as one translated sentence naming the draft and the
// field, and nothing is returned unless the whole file is good. maxDrafts bounds the work.
bool decode(const QByteArray &data, int maxDrafts, QList<Draft> *drafts, QString *error);

} // namespace DraftFile
