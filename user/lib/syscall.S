/* __syscall6: the single door from the user runtime into the kernel.
 * C calls it with (nr, a1..a6) on the stack; it loads the Linux i386
 * registers (eax=nr, ebx ecx edx esi edi ebp = args), executes int $0x80
 * and returns the kernel's %eax unchanged: a result or -errno. */

	.text
	.globl	__syscall6
	.type	__syscall6, @function
__syscall6:
	/* ebx esi edi ebp belong to our caller (cdecl callee-saved). */
	pushl	%ebp
	pushl	%edi
	pushl	%esi
	pushl	%ebx
	/* 4 saved registers + return address = 20 bytes above the args. */
	movl	20(%esp), %eax		/* nr */
	movl	24(%esp), %ebx		/* a1 */
	movl	28(%esp), %ecx		/* a2 */
	movl	32(%esp), %edx		/* a3 */
	movl	36(%esp), %esi		/* a4 */
	movl	40(%esp), %edi		/* a5 */
	movl	44(%esp), %ebp		/* a6 */
	int	$0x80
	popl	%ebx
	popl	%esi
	popl	%edi
	popl	%ebp
	ret
	.size	__syscall6, . - __syscall6

	/* No executable stack wanted. */
	.section .note.GNU-stack, "", @progbits
