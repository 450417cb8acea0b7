/* kernel/gdt.c — segments and the TSS.
 *
 * Paging does the real protection; segments are flat (base 0, 4 GiB) and
 * differ only in privilege: ring 0 for the kernel, ring 3 for users.  The
 * TSS exists for one field, esp0: the kernel stack the CPU switches to when
 * a trap arrives from ring 3.  The scheduler points it at the stack of the
 * task it switches to.  The TSS's I/O bitmap lies beyond its limit, so a
 * user `in`/`out` on any port faults (#GP) — including QEMU's exit port.
 */
#include <linux/kernel.h>
#include <linux/segment.h>

struct tss_struct {
	u32 link, esp0, ss0, esp1, ss1, esp2, ss2, cr3, eip, eflags;
	u32 eax, ecx, edx, ebx, esp, ebp, esi, edi;
	u32 es, cs, ss, ds, fs, gs, ldt;
	u16 trap, iomap_base;
} __packed;

struct desc_struct gdt[GDT_ENTRIES];
static struct tss_struct tss;

/* access: P | DPL | S | type; flags: G (4 KiB granularity) | D (32-bit). */
void set_desc(struct desc_struct *d, u32 base, u32 limit, u8 access, u8 flags)
{
	d->limit0 = limit & 0xffff;
	d->base0 = base & 0xffff;
	d->base1 = (base >> 16) & 0xff;
	d->type_flags = access;
	d->limit1_flags = ((limit >> 16) & 0x0f) | (flags << 4);
	d->base2 = base >> 24;
}

void tss_set_kernel_stack(unsigned long sp0)
{
	tss.esp0 = sp0;
}

void gdt_init(void)
{
	struct { u16 limit; u32 base; } __packed gdtr = { sizeof(gdt) - 1, (u32)gdt };

	set_desc(&gdt[GDT_ENTRY_KERNEL_CS], 0, 0xfffff, 0x9a, 0xc);	/* ring 0 code */
	set_desc(&gdt[GDT_ENTRY_KERNEL_DS], 0, 0xfffff, 0x92, 0xc);	/* ring 0 data */
	set_desc(&gdt[GDT_ENTRY_USER_CS], 0, 0xfffff, 0xfa, 0xc);	/* ring 3 code */
	set_desc(&gdt[GDT_ENTRY_USER_DS], 0, 0xfffff, 0xf2, 0xc);	/* ring 3 data */
	tss.ss0 = __KERNEL_DS;
	tss.iomap_base = sizeof(tss);		/* no I/O bitmap: every port faults */
	set_desc(&gdt[GDT_ENTRY_TSS], (u32)&tss, sizeof(tss) - 1, 0x89, 0x0);

	asm volatile("lgdt %0\n\t"
		     "ljmp %1, $1f\n"
		     "1:\tmovw %w2, %%ds\n\t"
		     "movw %w2, %%es\n\t"
		     "movw %w2, %%ss\n\t"
		     "movw %w3, %%fs\n\t"
		     "movw %w3, %%gs\n\t"
		     "ltr %w4"
		     : : "m"(gdtr), "i"(__KERNEL_CS), "r"(__KERNEL_DS), "r"(0), "r"(__TSS)
		     : "memory");
}
