__all__ = ['public', '_semi']
public = 'p'
_semi = 's'
hidden = 'h'
