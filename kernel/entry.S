/* kernel/entry.S — the doors into the kernel.
 *
 * Every exception, hardware interrupt and `int $0x80` lands in a small stub
 * here that makes the stack look the same (an error code and the vector
 * number), then in common_entry, which saves the rest of the user's
 * registers as a struct pt_regs (include/linux/ptrace.h) and calls C:
 *   vectors 0..47  -> do_entry() (kernel/traps.c), which calls
 *                     do_trap() for exceptions, do_IRQ() (kernel/irq.c)
 *                     for the PIC's interrupts
 *   vector 0x80    -> do_int80_syscall_32()  (kernel/syscall.c)
 * On the way out, a return to user mode first passes exit_to_user_mode()
 * (reschedule, then signals: a handler gets a frame on the user stack,
 * kernel/signal_32.c), then restores the frame and irets.
 */
#include <linux/segment.h>

/* The offsets of struct pt_regs that this file needs. */
#define PT_CS		60	/* offsetof(struct pt_regs, cs) */

.macro TRAP_NOERR vec
	.globl trap_\vec
trap_\vec:
	pushl $0
	pushl $\vec
	jmp common_entry
.endm

.macro TRAP_ERR vec		/* the CPU pushed an error code already */
	.globl trap_\vec
trap_\vec:
	pushl $\vec
	jmp common_entry
.endm

	.text
	TRAP_NOERR 0
	TRAP_NOERR 1
	TRAP_NOERR 2
	TRAP_NOERR 3
	TRAP_NOERR 4
	TRAP_NOERR 5
	TRAP_NOERR 6
	TRAP_NOERR 7
	TRAP_ERR   8
	TRAP_NOERR 9
	TRAP_ERR   10
	TRAP_ERR   11
	TRAP_ERR   12
	TRAP_ERR   13
	TRAP_ERR   14
	TRAP_NOERR 15
	TRAP_NOERR 16
	TRAP_ERR   17
	TRAP_NOERR 18
	TRAP_NOERR 19
	TRAP_NOERR 20
	TRAP_ERR   21
	.irp v, 22,23,24,25,26,27,28,29,30,31
	TRAP_NOERR \v
	.endr
	.irp v, 32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47
	TRAP_NOERR \v
	.endr

/* The stubs' addresses, in vector order, for kernel/idt.c. */
	.section .rodata
	.globl trap_table
trap_table:
	.irp v, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47
	.long trap_\v
	.endr
	.text

/* Save the rest of the frame: after this, %esp points at a struct pt_regs.
 * orig_ax is the system-call number for a system call, -1 otherwise. */
.macro SAVE_ALL orig
	pushl \orig			/* orig_ax */
	pushl %gs
	pushl %fs
	pushl %es
	pushl %ds
	pushl %eax
	pushl %ebp
	pushl %edi
	pushl %esi
	pushl %edx
	pushl %ecx
	pushl %ebx
	cld
	movl $__KERNEL_DS, %eax
	movl %eax, %ds
	movl %eax, %es
	/* The kernel does not use fs/gs.  Clearing them means a frame saved
	 * in kernel mode (an interrupt in the idle loop) never holds a user
	 * TLS selector whose GDT slot may have changed by the time it is
	 * restored — which would be a #GP in restore_all. */
	xorl %eax, %eax
	movl %eax, %fs
	movl %eax, %gs
.endm

common_entry:
	SAVE_ALL $-1
	pushl %esp			/* struct pt_regs * */
	call do_entry			/* kernel/traps.c: exception or IRQ */
	addl $4, %esp
	jmp ret_from_exception

/* The system-call gate: the only one a user may call (DPL 3).
 * eax = number, ebx ecx edx esi edi ebp = arguments (Linux i386 ABI). */
	.globl entry_INT80_32
entry_INT80_32:
	pushl $0			/* error_code */
	pushl $0x80			/* trapno */
	SAVE_ALL %eax
	pushl %esp
	call do_int80_syscall_32	/* kernel/syscall.c */
	addl $4, %esp

	.globl ret_from_exception
ret_from_exception:
	testl $3, PT_CS(%esp)
	jz restore_all			/* back to the kernel: no rescheduling */
	pushl %esp
	call exit_to_user_mode		/* may switch tasks or end this one */
	addl $4, %esp
restore_all:
	popl %ebx
	popl %ecx
	popl %edx
	popl %esi
	popl %edi
	popl %ebp
	popl %eax
	popl %ds
	popl %es
	popl %fs
	popl %gs
	addl $12, %esp			/* orig_ax, trapno, error_code */
	iret

/* A new task's first instructions, reached by switch_to's `ret` on its
 * hand-made stack (kernel/fork.c, copy_thread), with a struct pt_regs right above. */
	.globl ret_from_fork
ret_from_fork:
	call schedule_tail
	jmp ret_from_exception

/* __switch_to_asm(prev_sp, next_sp), the heart of schedule()'s task
 * switch (Linux: switch_to): save the callee-saved registers and the
 * stack pointer of the task that is leaving, load the ones of the task that
 * arrives.  Everything else of a task is on its kernel stack already. */
	.globl __switch_to_asm
__switch_to_asm:
	pushl %ebp
	pushl %ebx
	pushl %esi
	pushl %edi
	movl 20(%esp), %eax
	movl %esp, (%eax)
	movl 24(%esp), %esp
	popl %edi
	popl %esi
	popl %ebx
	popl %ebp
	ret
