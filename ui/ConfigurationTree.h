#pragma once

#include "Characteristic.h"

#include <QList>
#include <QtCore/qnamespace.h>

class QTreeWidget;
class QTreeWidgetItem;

namespace spdc {

// Shows a provisioning document (§4.2) in a two-column tree: each characteristic a node named
// by its type, each parm a "name | value" row under it, nested characteristics below those.
namespace ConfigurationTree {

// Item data roles, on column 0 of each row.
enum Role {
    ParmRole = Qt::UserRole + 1,    // bool: the row is a parm (it has a value), not a characteristic
    SecretRole,           // bool: the value is a secret and is neither shown nor copied
};

void fill(QTreeWidget *tree, const QList<Characteristic> &characteristics);
// True for a parm row whose value may be shown and copied.
bool isCopyableValue(const QTreeWidgetItem *item);

} // namespace ConfigurationTree
} // namespace spdc
