/* boot/boot.S — the first instructions: multiboot header and _start.
 *
 * GRUB (or QEMU -kernel) jumps here in 32-bit protected mode, paging off,
 * eax = multiboot magic, ebx = physical address of the multiboot info.
 * We turn paging on with an early page directory that maps the first
 * 256 MiB of RAM twice — at 0 (so the next instruction still exists) and at
 * PAGE_OFFSET (where the kernel is linked) — then jump to the higher half
 * and call start_kernel().  start_kernel drops the low mapping later.
 */
#include <linux/linkage.h>

#define MB_MAGIC	0x1BADB002
#define MB_FLAGS	((1 << 0) | (1 << 1))	/* page-aligned modules, memory map */

	.section .multiboot, "a"
	.align 4
	.long MB_MAGIC
	.long MB_FLAGS
	.long -(MB_MAGIC + MB_FLAGS)

	.section .boot.text, "ax"
	.globl _start
_start:
	cli
	/* Large (4 MiB) pages keep the early table one page long. */
	movl %cr4, %ecx
	orl $0x10, %ecx			/* CR4.PSE */
	movl %ecx, %cr4
	movl $(swapper_pg_dir - PAGE_OFFSET), %ecx
	movl %ecx, %cr3
	movl %cr0, %ecx
	orl $0x80010020, %ecx		/* CR0.PG; CR0.WP so the kernel too
					   respects read-only user pages; CR0.NE
					   so x87 errors are exception 16 */
	movl %ecx, %cr0
	movl $higher_half, %ecx
	jmp *%ecx

	.text
higher_half:
	movl $(boot_stack + BOOT_STACK_SIZE), %esp
	movl %eax, %esi			/* keep magic and info across rep stosb */
	movl %ebx, %ebp
	movl $__bss_start, %edi
	movl $__bss_end, %ecx
	subl %edi, %ecx
	xorl %eax, %eax
	cld
	rep stosb
	xorl %eax, %eax
	pushl %eax			/* no return address: ends gdb backtraces */
	pushl %ebp
	pushl %esi
	call start_kernel
1:	hlt
	jmp 1b

/* The kernel's own page directory (Linux: swapper_pg_dir).  Entry i and
 * entry 768 + i both map physical [4i MiB, 4i+4 MiB) as a present, writable,
 * supervisor, 4 MiB page (flags 0x83).  Every process page directory copies
 * entries 768..1023, so the kernel is mapped identically everywhere. */
	.data
	.align 4096
	.globl swapper_pg_dir
swapper_pg_dir:
	.set i, 0
	.rept LOWMEM_PDES
	.long (i << 22) | 0x83
	.set i, i + 1
	.endr
	.fill 768 - LOWMEM_PDES, 4, 0
	.set i, 0
	.rept LOWMEM_PDES
	.long (i << 22) | 0x83
	.set i, i + 1
	.endr
	.fill 256 - LOWMEM_PDES, 4, 0

	.bss
	.align 4096
	.globl boot_stack
boot_stack:
	.space BOOT_STACK_SIZE
