#pragma once

#include "Characteristic.h"

#include <QList>

class QTreeWidget;

namespace spdc {

// Shows a provisioning document (§4.2) in a two-column tree: each characteristic a node named
// by its type, each parm a "name | value" row under it, nested characteristics below those.
namespace ConfigurationTree {

void fill(QTreeWidget *tree, const QList<Characteristic> &characteristics);

} // namespace ConfigurationTree
} // namespace spdc
