/* include/linux/segment.h — the GDT layout (kernel/gdt.c builds it).
 * Flat segments; only the privilege level differs between kernel and user.
 * Entries 6..8 are the three thread-local-storage slots set_thread_area(2)
 * hands out, at the same numbers as Linux i386 (GDT_ENTRY_TLS_MIN = 6). */
#ifndef _LINUX_SEGMENT_H
#define _LINUX_SEGMENT_H

#define GDT_ENTRY_KERNEL_CS	1
#define GDT_ENTRY_KERNEL_DS	2
#define GDT_ENTRY_USER_CS	3
#define GDT_ENTRY_USER_DS	4
#define GDT_ENTRY_TSS		5
#define GDT_ENTRY_TLS_MIN	6
#define GDT_ENTRY_TLS_ENTRIES	3
#define GDT_ENTRIES		9

#define __KERNEL_CS	(GDT_ENTRY_KERNEL_CS * 8)
#define __KERNEL_DS	(GDT_ENTRY_KERNEL_DS * 8)
#define __USER_CS	(GDT_ENTRY_USER_CS * 8 + 3)
#define __USER_DS	(GDT_ENTRY_USER_DS * 8 + 3)
#define __TSS		(GDT_ENTRY_TSS * 8)

#ifndef __ASSEMBLER__
#include <linux/types.h>
struct desc_struct { u16 limit0, base0; u8 base1, type_flags, limit1_flags, base2; } __attribute__((packed));
extern struct desc_struct gdt[GDT_ENTRIES];
void gdt_init(void);
void tss_set_kernel_stack(unsigned long sp0);
void set_desc(struct desc_struct *d, u32 base, u32 limit, u8 access, u8 flags);
#endif

#endif
