/* _start: where the kernel's execve (or Linux's) drops a new process in
 * ring 3.  The initial stack holds argc, argv[0..argc-1], NULL, envp...,
 * NULL, then the auxiliary vector.  We find argv/envp, align the stack as
 * the i386 ABI wants, and hand over to __start_main() in C. */

	.text
	.globl	_start
	.type	_start, @function
_start:
	xorl	%ebp, %ebp		/* outermost frame: ends backtraces */
	movl	(%esp), %eax		/* argc */
	leal	4(%esp), %ecx		/* argv = &argv[0] */
	leal	8(%esp,%eax,4), %edx	/* envp = &argv[argc + 1] */

	/* gcc may use SSE aligned loads on the stack: make %esp 16-aligned
	 * at the call, i.e. after our three 4-byte pushes plus 4 padding. */
	andl	$-16, %esp
	subl	$4, %esp
	pushl	%edx
	pushl	%ecx
	pushl	%eax
	call	__start_main		/* never returns: it calls exit() */
	ud2				/* if it did, die loudly (SIGILL) */
	.size	_start, . - _start

	.section .note.GNU-stack, "", @progbits
