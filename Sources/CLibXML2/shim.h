#ifndef CONGTAC_CLIBXML2_SHIM_H
#define CONGTAC_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian's headers would pull in the system ICU, which clashes with Foundation's own copy. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/c14n.h>

/* xmlFree is a global function pointer, which Swift 6 treats as shared mutable state. */
static inline void congtac_xmlFree(void *p) { xmlFree(p); }

#endif
