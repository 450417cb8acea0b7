/* kernel/idt.c — the interrupt descriptor table: which stub in entry.S each
 * vector enters.  All gates are interrupt gates (the CPU clears IF on entry),
 * so the kernel always runs with interrupts off except in the idle loop: on
 * one CPU that is all the locking it needs.  Only vector 0x80, the system
 * call, has DPL 3; a user `int` with any other vector is a #GP. */
#include <linux/kernel.h>
#include <linux/segment.h>
#include <linux/traps.h>

struct gate_desc { u16 off0, sel; u8 zero, type; u16 off1; } __packed;
static struct gate_desc idt[256];

extern void (*const trap_table[48])(void);	/* trap_0 .. trap_47 */
extern void entry_INT80_32(void);

static void set_gate(int vec, void (*fn)(void), int dpl)
{
	u32 off = (u32)fn;

	idt[vec].off0 = off & 0xffff;
	idt[vec].off1 = off >> 16;
	idt[vec].sel = __KERNEL_CS;
	idt[vec].zero = 0;
	idt[vec].type = 0x8e | (dpl << 5);	/* present, 32-bit interrupt gate */
}

void idt_init(void)
{
	struct { u16 limit; u32 base; } __packed idtr = { sizeof(idt) - 1, (u32)idt };

	for (int v = 0; v < 48; v++)
		set_gate(v, trap_table[v], 0);
	set_gate(SYSCALL_VECTOR, entry_INT80_32, 3);
	asm volatile("lidt %0" : : "m"(idtr));
}
